package dev.crosswise.event;

import java.util.Map;

/**
 * What an event changes besides its own node, one Cypher statement per type, run in the event's transaction
 * only when the event is new. Out-of-order delivery is harmless: ownership, usage and tier keep the latest event's
 * values (compared by {@code at}). Parameters: {@code customerId, sku, at} and the event's own fields.
 */
final class EventEffects {

    /** Loyalty points earned per whole euro spent. */
    static final int POINTS_PER_EURO = 1;

    private static final Map<EventType, String> BY_TYPE = Map.of(
            EventType.PURCHASE, """
                    MATCH (c:Customer {id: $customerId}), (p:Product {sku: $sku})
                    MERGE (c)-[o:OWNS]->(p)
                    ON CREATE SET o.at = $at, o.orderId = $orderId, o.quantity = $quantity, o.price = $price,
                                  o.gift = $gift, o.returned = false
                    ON MATCH SET o.quantity = coalesce(o.quantity, 0) + $quantity,
                                 o += CASE WHEN o.at IS NULL OR o.at <= $at
                                           THEN {at: $at, orderId: $orderId, price: $price, gift: $gift, returned: false}
                                           ELSE {} END
                    SET c.spend = coalesce(c.spend, 0.0) + $price * $quantity,
                        c.points = coalesce(c.points, 0) + toInteger(floor($price * $quantity * $pointsPerEuro))
                    """,
            EventType.RETURN, """
                    MATCH (:Customer {id: $customerId})-[o:OWNS]->(:Product {sku: $sku})
                    SET o.returned = true, o.returnedAt = $at
                    """,
            EventType.USAGE, """
                    MATCH (:Customer {id: $customerId})-[o:OWNS]->(:Product {sku: $sku})
                    WHERE o.usageAt IS NULL OR o.usageAt <= $at
                    SET o.usagePercent = $usagePercent, o.usageAt = $at
                    """,
            EventType.TIER_CHANGED, """
                    MATCH (c:Customer {id: $customerId})
                    WHERE c.tierSince IS NULL OR c.tierSince <= $at
                    SET c.tier = $tier, c.tierSince = $at
                    """);

    private EventEffects() {
    }

    /** The statement applying this type's effect, or null when the event node is the whole effect. */
    static String of(EventType type) {
        return BY_TYPE.get(type);
    }
}
