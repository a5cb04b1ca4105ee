package dev.crosswise.event;

import java.util.Map;

/**
 * What an event changes besides its own node, one Cypher subquery per type, part of the statement that records the
 * event ({@link EventRecorder}), so only a new event has effects. The subqueries import {@code c} (the customer) and
 * {@code p} (the product, null for an event about none). Out-of-order delivery is harmless: ownership, usage and tier
 * keep the latest event's values (compared by {@code at}), and ownership the earliest purchase as {@code firstAt}.
 * Parameters: {@code at} and the event's own fields.
 */
final class EventEffects {

    private static final Map<EventType, String> BY_TYPE = Map.of(
            // OWNS keeps the latest purchase (at, orderId, price, gift), the first (firstAt) and how many orders held
            // the product (orders): a second event of an order already counted — another line of the same order —
            // adds units, not an order. A replayed event never gets here (EventRecorder: effects run only for a new
            // event). OWNS written before firstAt existed start from their latest purchase, as one order.
            EventType.PURCHASE, """
                    CALL (c, p) {
                      WITH c, p, EXISTS { (c)-[:DID]->(other:Event {type: 'PURCHASE', orderId: $orderId})-[:ABOUT]->(p)
                                          WHERE other.id <> $id } AS orderCounted
                      MERGE (c)-[o:OWNS]->(p)
                      ON CREATE SET o.at = $at, o.firstAt = $at, o.orderId = $orderId, o.orders = 1,
                                    o.quantity = $quantity, o.price = $price, o.gift = $gift, o.returned = false
                      ON MATCH SET o.quantity = coalesce(o.quantity, 0) + $quantity,
                                   o.orders = coalesce(o.orders, 1) + CASE WHEN orderCounted THEN 0 ELSE 1 END,
                                   o.firstAt = CASE WHEN coalesce(o.firstAt, o.at) <= $at THEN coalesce(o.firstAt, o.at)
                                                    ELSE $at END,
                                   o += CASE WHEN o.at IS NULL OR o.at <= $at
                                             THEN {at: $at, orderId: $orderId, price: $price, gift: $gift, returned: false}
                                             ELSE {} END
                      SET c.spend = coalesce(c.spend, 0.0) + $price * $quantity,
                          c.points = coalesce(c.points, 0) + toInteger(floor($price * $quantity * $pointsPerEuro))
                    }
                    """,
            // A return takes back what the event refunds (its units, already capped at those still kept, at its
            // unit price: EventRecorder); the ownership counts as returned once no unit is kept.
            EventType.RETURN, """
                    CALL (c, p) {
                      MATCH (c)-[o:OWNS]->(p)
                      WITH c, o, $price * $quantity AS refund, coalesce(o.returnedQuantity, 0) + $quantity AS returnedQuantity
                      WITH c, o, refund, returnedQuantity, toInteger(floor(refund * $pointsPerEuro)) AS pointsBack
                      SET o.returnedQuantity = returnedQuantity,
                          o.returned = returnedQuantity >= coalesce(o.quantity, 1),
                          o.returnedAt = $at,
                          c.spend = CASE WHEN coalesce(c.spend, 0.0) > refund THEN c.spend - refund ELSE 0.0 END,
                          c.points = CASE WHEN coalesce(c.points, 0) > pointsBack THEN c.points - pointsBack ELSE 0 END
                    }
                    """,
            EventType.USAGE, """
                    CALL (c, p) {
                      MATCH (c)-[o:OWNS]->(p)
                      WHERE o.usageAt IS NULL OR o.usageAt <= $at
                      SET o.usagePercent = $usagePercent, o.usageAt = $at
                    }
                    """,
            EventType.TIER_CHANGED, """
                    CALL (c) {
                      WITH c
                      WHERE c.tierSince IS NULL OR c.tierSince <= $at
                      SET c.tier = $tier, c.tierSince = $at
                    }
                    """);

    private EventEffects() {
    }

    /** The subquery applying this type's effect, or an empty string when the event node is the whole effect. */
    static String of(EventType type) {
        return BY_TYPE.getOrDefault(type, "");
    }
}
