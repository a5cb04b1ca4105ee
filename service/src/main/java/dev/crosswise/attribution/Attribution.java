package dev.crosswise.attribution;

import dev.crosswise.graph.Graph;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Credits purchases to the exposures that preceded them, in the transaction that records the purchase, the click or
 * the return — so attribution survives restarts, a replayed event (its transaction writes nothing) attributes
 * nothing, and events arriving out of order end where they would have in order.
 *
 * <p>The rule: a PURCHASE of a product that a recorded decision offered to the same customer is credited to that
 * action when the customer clicked or accepted it within the click-through window before the purchase, or else when
 * the decision itself lies within the view-through window before it. Click-through beats view-through, the latest
 * qualifying exposure wins, and a purchase line is credited once: {@code (:Event)-[:ATTRIBUTED_TO]->(:Decision)}, the
 * action's details (sku, rank, strategy, moment, channel, rule) copied on the relationship so that metrics read one
 * edge instead of joining back to the {@code OFFERED} edge. Every write here sets {@code changedAt} on the purchase
 * and the decisions it touches: a metrics report's cached days are recomputed when their data changed.
 */
@Component
public class Attribution {

    /**
     * Recomputes the credit of a purchase {@code e} (its customer {@code c}, its product {@code p}) from scratch, so
     * running it again — after a click that arrived late — replaces a view-through credit with the click-through one
     * instead of adding a second.
     * What is measured about the purchase is measured as of its own time: was it a product the customer had bought
     * before (repeat), a category they had never bought (new category), how long since their previous order.
     */
    private static final String CREDIT = """
            OPTIONAL MATCH (e)-[previous:ATTRIBUTED_TO]->(formerly:Decision)
            WITH c, e, p, collect(previous) AS previous, collect(formerly) AS formerly
            FOREACH (old IN previous | DELETE old)
            FOREACH (decision IN formerly | SET decision.changedAt = datetime())
            SET e.changedAt = datetime()
            WITH c, e, p, size(previous) > 0 AS wasAttributed
            CALL (c, e, p) {
              MATCH (c)<-[:FOR]-(d:Decision)-[o:OFFERED]->(p)
              WHERE d.at <= e.at AND d.at >= e.at - $lookback
              CALL (d, e, p) {
                OPTIONAL MATCH (r:Response)-[:RESPONDS_TO]->(d)
                WHERE r.sku = p.sku AND r.type IN ['CLICKED', 'ACCEPTED'] AND r.at <= e.at AND r.at >= e.at - $clickThrough
                RETURN max(r.at) AS clickedAt
              }
              WITH d, o, clickedAt,
                   CASE WHEN clickedAt IS NOT NULL THEN 'CLICK_THROUGH'
                        WHEN d.at >= e.at - $viewThrough THEN 'VIEW_THROUGH' END AS window
              WHERE window IS NOT NULL
              RETURN d, o, clickedAt, window
              ORDER BY CASE window WHEN 'CLICK_THROUGH' THEN 0 ELSE 1 END, coalesce(clickedAt, d.at) DESC, d.id DESC
              LIMIT 1
            }
            OPTIONAL MATCH (c)-[owns:OWNS]->(p)
            WITH c, e, p, d, o, clickedAt, window, wasAttributed, owns, [(p)-[:IN_CATEGORY]->(cat) | cat][0] AS category
            WITH c, e, p, d, o, clickedAt, window, wasAttributed, category,
                 coalesce(owns.firstAt, owns.at, e.at) < e.at AS repeat,
                 // from the customer's few products, not from the category's many (35 times fewer hits)
                 category IS NOT NULL AND NOT EXISTS {
                   MATCH (c)-[earlier:OWNS]->(owned:Product)
                   WHERE coalesce(earlier.firstAt, earlier.at) < e.at AND (owned)-[:IN_CATEGORY]->(category)
                 } AS newCategory,
                 COLLECT {
                   MATCH (c)-[:DID]->(prior:Event)
                   WHERE prior.type = 'PURCHASE' AND prior.at < e.at
                     AND coalesce(prior.orderId, prior.id) <> coalesce(e.orderId, e.id)
                   RETURN prior.at ORDER BY prior.at DESC LIMIT 1
                 } AS priorOrder
            WITH c, e, p, d, o, clickedAt, window, wasAttributed, repeat, newCategory, priorOrder, category.id AS category,
                 e.price * e.quantity AS revenue
            CREATE (e)-[a:ATTRIBUTED_TO {
                window: window, sku: p.sku, rank: o.rank, strategy: o.strategy, moment: o.moment, channel: o.channel,
                rule: o.rule, placement: d.placement, category: category, customerId: c.id, exposedAt: d.at, clickedAt: clickedAt,
                purchasedAt: e.at, revenue: revenue,
                // net of discounts: what was paid, less what the units cost the shop at list price, less the cost of
                // the gift a gift offer gave with the line (one gift per line; unknown when the gift's margin was)
                margin: CASE WHEN p.margin IS NULL OR o.offerKind = 'GIFT' AND o.giftCost IS NULL THEN null
                             WHEN p.price IS NULL THEN round(revenue * p.margin - coalesce(o.giftCost, 0.0), 2)
                             ELSE round(revenue - e.quantity * p.price * (1 - p.margin) - coalesce(o.giftCost, 0.0), 2) END,
                // what the offer gave away on the line: list price less the price paid, when the exposure carried one;
                // for a gift, the gift's list price (the offer's saving)
                promotion: o.promotion, offerKind: o.offerKind,
                discount: CASE WHEN o.offerKind = 'GIFT' THEN coalesce(o.saving, 0.0)
                               WHEN o.offerKind IS NULL OR p.price IS NULL OR e.price >= p.price THEN 0.0
                               ELSE round((p.price - e.price) * e.quantity, 2) END,
                repeat: repeat, newCategory: newCategory,
                hoursSincePreviousOrder: CASE WHEN size(priorOrder) = 0 THEN null
                                              ELSE duration.inSeconds(priorOrder[0], e.at).seconds / 3600.0 END,
                returned: coalesce(e.returned, false), returnedAt: e.returnedAt
            }]->(d)
            SET d.changedAt = datetime()
            RETURN window, wasAttributed
            """;

    /** {@link #CREDIT} for purchase events given by id. */
    private static final String ATTRIBUTE = """
            UNWIND $eventIds AS eventId
            MATCH (c:Customer)-[:DID]->(e:Event {id: eventId})-[:ABOUT]->(p:Product)
            WHERE e.type = 'PURCHASE'
            """ + CREDIT;

    /**
     * {@link #CREDIT} as a subquery of the statement that records the purchase ({@code recordEvent}), over its
     * {@code c}, {@code e} and {@code p}: one round trip fewer than a statement of its own, and the purchase is not
     * looked up again. {@code window} and {@code wasAttributed} are null when no exposure qualifies. Parameters:
     * {@link #parameters()}; the caller hands the row to {@link #counted}.
     */
    public static final String PURCHASE_RECORDED = "OPTIONAL CALL (c, e, p) {\n" + CREDIT + "}\n";

    /**
     * A return applies to the latest purchase line of the product not returned yet (the recorder has checked a unit
     * is still kept): the line counts as returned — for the return rate of recommended items and of all items — and
     * so does its credit. A subquery of the statement that records the RETURN, over its {@code c} and {@code p};
     * parameter {@code at}, the return's time.
     */
    public static final String PURCHASE_RETURNED = """
            CALL (c, p) {
              MATCH (c)-[:DID]->(bought:Event)-[:ABOUT]->(p)
              WHERE bought.type = 'PURCHASE' AND bought.at <= $at AND bought.returned IS NULL
              WITH bought ORDER BY bought.at DESC LIMIT 1
              SET bought.returned = true, bought.returnedAt = $at, bought.changedAt = datetime()
              WITH bought
              OPTIONAL MATCH (bought)-[a:ATTRIBUTED_TO]->(d:Decision)
              SET a.returned = true, a.returnedAt = $at, d.changedAt = datetime()
            }
            """;

    /** Purchases of the clicked product by the decision's customer that the click may now be credited with. */
    private static final String PURCHASES_AFTER_CLICK = """
            MATCH (d:Decision {id: $decisionId})-[:FOR]->(c:Customer)-[:DID]->(e:Event)-[:ABOUT]->(:Product {sku: $sku})
            WHERE e.type = 'PURCHASE' AND e.at >= $at AND e.at <= $at + $clickThrough
            RETURN collect(e.id) AS eventIds
            """;

    private final AttributionProperties windows;
    private final Map<AttributionWindow, Counter> credited = new EnumMap<>(AttributionWindow.class);

    public Attribution(AttributionProperties windows, MeterRegistry meters) {
        this.windows = windows;
        for (AttributionWindow window : AttributionWindow.values()) {
            credited.put(window, Counter.builder("crosswise.attributions").tag("window", window.name())
                    .description("Purchases credited to an exposure (a late click turning a view-through credit into a "
                            + "click-through one counts once, as the first)").register(meters));
        }
    }

    /** The windows {@link #PURCHASE_RECORDED} reads: {@code lookback}, {@code clickThrough}, {@code viewThrough}. */
    public Map<String, Object> parameters() {
        return Map.of("lookback", windows.lookback(), "clickThrough", windows.clickThroughWindow(),
                "viewThrough", windows.viewThroughWindow());
    }

    /** Counts the credit of a row of {@link #PURCHASE_RECORDED} (its {@code window} and {@code wasAttributed}). */
    public void counted(Value window, Value wasAttributed) {
        if (!window.isNull() && !wasAttributed.asBoolean()) {
            credited.get(AttributionWindow.valueOf(window.asString())).increment();
        }
    }

    /**
     * A CLICKED or ACCEPTED response just recorded in {@code tx}: purchases of that product recorded before it but
     * made after it, within the click-through window, are credited again, now as click-throughs.
     */
    public void clickRecorded(TransactionContext tx, String decisionId, String sku, ZonedDateTime at) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("decisionId", decisionId);
        parameters.put("sku", sku);
        parameters.put("at", at);
        parameters.put("clickThrough", windows.clickThroughWindow());
        List<String> eventIds = tx.run(PURCHASES_AFTER_CLICK, parameters).single().get("eventIds").asList(Value::asString);
        if (!eventIds.isEmpty()) {
            attribute(tx, eventIds);
        }
    }

    /**
     * Credits purchase events already in the graph but written without the service (a bulk import's), with the same
     * credit as {@link #PURCHASE_RECORDED}, in one write transaction of their own; returns how many were credited.
     */
    public int attributeImported(Graph graph, List<String> eventIds) {
        try (var session = graph.session()) {
            return session.executeWrite(tx -> attribute(tx, eventIds));
        }
    }

    private int attribute(TransactionContext tx, List<String> eventIds) {
        Map<String, Object> parameters = new HashMap<>(parameters());
        parameters.put("eventIds", eventIds);
        int rows = 0;
        for (var result = tx.run(ATTRIBUTE, parameters); result.hasNext(); rows++) {
            var row = result.next();
            counted(row.get("window"), row.get("wasAttributed"));
        }
        return rows;
    }
}
