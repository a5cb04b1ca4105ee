package dev.crosswise.metrics;

import dev.crosswise.graph.Graph;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * The reads behind a metrics report. Each aggregates in Neo4j down to one row per day, group key and time bucket, so
 * what travels is the size of the report, not of the traffic, and a day's rows can be kept for the next report
 * ({@link MetricsDayCache}); the few credits and credited orders are reached through indexes on the credit's times,
 * never by walking every decision or purchase for them. Keys are lists with one value per dimension asked,
 * {@code "none"} where the exposure has none.
 */
@Repository
class MetricsQueries {

    /** The decisions of the period, through the {@code decision_at} index, and the bucket each falls in. */
    private static final String DECISIONS_OF_PERIOD = """
            MATCH (d:Decision) WHERE d.at >= $from AND d.at < $to
            WITH d, CASE WHEN $interval IS NULL THEN null ELSE datetime.truncate($interval, d.at) END AS bucket
            """;

    private static final String DECISIONS = DECISIONS_OF_PERIOD + """
            RETURN date(d.at) AS day, bucket, count(d) AS decisions
            """;

    /**
     * Per exposure (an {@code OFFERED} edge): its key, and whether it was clicked, accepted or dismissed — flags the
     * edge carries since recordResponse sets them — summed per key and bucket. Decisions are counted per key only
     * when grouping (one decision shows several keys); the totals count them on their own. The category of edges
     * written before the edge kept it is read from the product.
     */
    private static final String EXPOSURES = DECISIONS_OF_PERIOD + """
            MATCH (d)-[o:OFFERED]->(p)
            WITH d, o, bucket,
                 [dimension IN $groupBy | coalesce(CASE dimension
                    WHEN 'STRATEGY' THEN o.strategy WHEN 'MOMENT' THEN o.moment WHEN 'CHANNEL' THEN o.channel
                    WHEN 'PLACEMENT' THEN d.placement WHEN 'RULE' THEN o.rule
                    WHEN 'PRODUCT_CATEGORY' THEN CASE WHEN o.category IS NULL
                        THEN [(p)-[:IN_CATEGORY]->(cat) | cat.id][0] ELSE o.category END
                    WHEN 'EXPERIMENT_ARM' THEN reduce(arms = null, arm IN d.experiments | coalesce(arms + ' + ', '') + arm) END, 'none')] AS key
            RETURN date(d.at) AS day, key, bucket, count(DISTINCT CASE WHEN size($groupBy) > 0 THEN d END) AS decisions,
                   count(*) AS exposures, count(o.clicked) AS clicks, count(o.accepted) AS acceptances,
                   count(o.dismissed) AS dismissals
            """;

    /**
     * What was credited to the period's exposures, through the index on the credit's exposure time: per exposure
     * credited (decision and sku), its credits, and whether the exposure was also accepted (so that "accepted or
     * bought" counts it once); summed per key and bucket. The key is the one the credit copied from the exposure.
     */
    private static final String CREDITS = """
            MATCH (:Event)-[a:ATTRIBUTED_TO]->(d:Decision) WHERE a.exposedAt >= $from AND a.exposedAt < $to
            WITH d, a.sku AS sku, collect(a) AS credited
            WITH credited, credited[0] AS a, date(d.at) AS day,
                 CASE WHEN 'EXPERIMENT_ARM' IN $groupBy THEN reduce(arms = null, arm IN d.experiments | coalesce(arms + ' + ', '') + arm) END AS arms,
                 CASE WHEN $interval IS NULL THEN null ELSE datetime.truncate($interval, d.at) END AS bucket,
                 COLLECT { MATCH (d)-[o:OFFERED]->(p) WHERE p.sku = sku RETURN o.accepted }[0] AS accepted
            WITH credited, accepted, day, bucket,
                 [dimension IN $groupBy | coalesce(CASE dimension
                    WHEN 'STRATEGY' THEN a.strategy WHEN 'MOMENT' THEN a.moment WHEN 'CHANNEL' THEN a.channel
                    WHEN 'PLACEMENT' THEN a.placement WHEN 'RULE' THEN a.rule
                    WHEN 'PRODUCT_CATEGORY' THEN a.category WHEN 'EXPERIMENT_ARM' THEN arms END, 'none')] AS key
            RETURN day, key, bucket, count(*) AS converted, count(CASE WHEN accepted IS NULL THEN 1 END) AS convertedNotAccepted,
                   sum(size(credited)) AS purchases,
                   sum(reduce(total = 0.0, credit IN credited | total + credit.revenue)) AS revenue,
                   sum(reduce(total = 0.0, credit IN credited | total + coalesce(credit.margin, 0.0))) AS margin,
                   sum(reduce(total = 0.0, credit IN credited | total + coalesce(credit.discount, 0.0))) AS discount,
                   sum(size([credit IN credited WHERE credit.returned])) AS returned,
                   sum(size([credit IN credited WHERE credit.newCategory])) AS newCategory,
                   sum(size([credit IN credited WHERE credit.repeat])) AS repeats,
                   collect([credit IN credited WHERE credit.hoursSincePreviousOrder IS NOT NULL
                            | credit.hoursSincePreviousOrder]) AS hours
            """;

    /** What guardrails removed from the period's decisions, per rule, key and bucket. */
    private static final String SUPPRESSIONS = DECISIONS_OF_PERIOD + """
            WHERE size(coalesce(d.suppressedRules, [])) > 0
            UNWIND range(0, size(d.suppressedRules) - 1) AS i
            WITH d, i, bucket,
                 CASE WHEN 'PRODUCT_CATEGORY' IN $groupBy
                      THEN COLLECT { MATCH (:Product {sku: d.suppressedSkus[i]})-[:IN_CATEGORY]->(cat) RETURN cat.id }[0]
                 END AS category
            WITH d.suppressedRules[i] AS rule, date(d.at) AS day, bucket,
                 [dimension IN $groupBy | coalesce(CASE dimension
                    WHEN 'STRATEGY' THEN d.suppressedStrategies[i] WHEN 'PLACEMENT' THEN d.placement
                    WHEN 'PRODUCT_CATEGORY' THEN category WHEN 'EXPERIMENT_ARM' THEN
                      reduce(arms = null, arm IN d.experiments | coalesce(arms + ' + ', '') + arm) END, 'none')] AS key
            RETURN day, key, bucket, rule, count(*) AS count
            """;

    /** The period's orders (purchase lines by order id; an order falls in the bucket of its first line), per bucket. */
    private static final String ORDERS = """
            MATCH (e:Event) WHERE e.type = 'PURCHASE' AND e.at >= $from AND e.at < $to
            WITH coalesce(e.orderId, e.id) AS orderId, min(e.at) AS at, sum(e.price * e.quantity) AS value,
                 count(e) AS lines, count(CASE WHEN e.returned THEN 1 END) AS returnedLines
            WITH date(at) AS day, CASE WHEN $interval IS NULL THEN null ELSE datetime.truncate($interval, at) END AS bucket,
                 value, lines, returnedLines
            RETURN day, bucket, count(*) AS orders, sum(value) AS value, sum(lines) AS lines, sum(returnedLines) AS returnedLines
            """;

    /**
     * The period's orders with a credited line, found through the index on the credit's purchase time (few, beside
     * all orders): each with its whole value in the period (its other lines read from the customer's events) and the
     * keys of the exposures its lines were credited to.
     */
    private static final String CREDITED_ORDERS = """
            MATCH (c:Customer)-[:DID]->(e:Event)-[a:ATTRIBUTED_TO]->(d:Decision)
            WHERE a.purchasedAt >= $from AND a.purchasedAt < $to
            WITH c, coalesce(e.orderId, e.id) AS orderId,
                 collect([dimension IN $groupBy | coalesce(CASE dimension
                    WHEN 'STRATEGY' THEN a.strategy WHEN 'MOMENT' THEN a.moment WHEN 'CHANNEL' THEN a.channel
                    WHEN 'PLACEMENT' THEN a.placement WHEN 'RULE' THEN a.rule
                    WHEN 'PRODUCT_CATEGORY' THEN a.category WHEN 'EXPERIMENT_ARM' THEN
                      reduce(arms = null, arm IN d.experiments | coalesce(arms + ' + ', '') + arm) END, 'none')]) AS keys
            CALL (c, orderId) {
              MATCH (c)-[:DID]->(line:Event)
              WHERE line.type = 'PURCHASE' AND coalesce(line.orderId, line.id) = orderId
                AND line.at >= $from AND line.at < $to
              RETURN min(line.at) AS at, sum(line.price * line.quantity) AS value
            }
            WITH date(at) AS day, CASE WHEN $interval IS NULL THEN null ELSE datetime.truncate($interval, at) END AS bucket,
                 value, keys
            RETURN day, bucket, count(*) AS orders, sum(value) AS value, collect({value: value, keys: keys}) AS creditedOrders
            """;

    /** Per product offered in the period: exposures. */
    private static final String PRODUCTS = DECISIONS_OF_PERIOD + """
            MATCH (d)-[:OFFERED]->(p)
            RETURN p.sku AS sku, count(*) AS exposures
            """;

    /** Per product credited for the period's exposures: exposures converted, credited purchases and revenue. */
    private static final String PRODUCT_CREDITS = """
            MATCH (:Event)-[a:ATTRIBUTED_TO]->(d:Decision) WHERE a.exposedAt >= $from AND a.exposedAt < $to
            WITH a.sku AS sku, d, count(a) AS purchases, sum(a.revenue) AS revenue
            RETURN sku, count(d) AS converted, sum(purchases) AS purchases, sum(revenue) AS revenue
            """;

    /** Per promotion, the period's exposures that carried it and the savings they promised. */
    private static final String PROMOTION_OFFERS = DECISIONS_OF_PERIOD + """
            MATCH (d)-[o:OFFERED]->() WHERE o.promotion IS NOT NULL
            RETURN o.promotion AS promotion, count(*) AS offers, sum(coalesce(o.saving, 0.0)) AS promised
            """;

    /** Per promotion, what was credited to the period's exposures that carried it: purchases, revenue, discount given. */
    private static final String PROMOTION_CREDITS = """
            MATCH (:Event)-[a:ATTRIBUTED_TO]->(:Decision)
            WHERE a.exposedAt >= $from AND a.exposedAt < $to AND a.promotion IS NOT NULL
            RETURN a.promotion AS promotion, count(a) AS purchases, sum(a.revenue) AS revenue,
                   sum(coalesce(a.discount, 0.0)) AS discount
            """;

    /**
     * The days (UTC) of the decisions and events that changed since {@code $since}, and the graph's clock now: a
     * cached day among them is stale.
     */
    private static final String CHANGED_DAYS = """
            RETURN COLLECT { MATCH (d:Decision) WHERE d.changedAt >= $since RETURN DISTINCT date(d.at) }
                   + COLLECT { MATCH (e:Event) WHERE e.changedAt >= $since RETURN DISTINCT date(e.at) } AS days,
                   datetime() AS now
            """;

    private final Graph graph;

    MetricsQueries(Graph graph) {
        this.graph = graph;
    }

    List<Record> decisions(MetricsRequest request) {
        return graph.read(DECISIONS, parameters(request)).records();
    }

    List<Record> exposures(MetricsRequest request) {
        return graph.read(EXPOSURES, parameters(request)).records();
    }

    List<Record> suppressions(MetricsRequest request) {
        return graph.read(SUPPRESSIONS, parameters(request)).records();
    }

    List<Record> credits(MetricsRequest request) {
        return graph.read(CREDITS, parameters(request)).records();
    }

    List<Record> orders(MetricsRequest request) {
        return graph.read(ORDERS, parameters(request)).records();
    }

    List<Record> creditedOrders(MetricsRequest request) {
        return graph.read(CREDITED_ORDERS, parameters(request)).records();
    }

    List<Record> products(MetricsRequest request) {
        return graph.read(PRODUCTS, parameters(request)).records();
    }

    List<Record> productCredits(MetricsRequest request) {
        return graph.read(PRODUCT_CREDITS, parameters(request)).records();
    }

    List<Record> promotionOffers(MetricsRequest request) {
        return graph.read(PROMOTION_OFFERS, parameters(request)).records();
    }

    List<Record> promotionCredits(MetricsRequest request) {
        return graph.read(PROMOTION_CREDITS, parameters(request)).records();
    }

    /** The days changed since {@code since} (none when null) and the graph's time now. */
    Changes changedSince(ZonedDateTime since) {
        Record row = graph.read(CHANGED_DAYS, Collections.singletonMap("since", since)).records().getFirst();
        return new Changes(Set.copyOf(row.get("days").asList(Value::asLocalDate)), row.get("now").asZonedDateTime());
    }

    record Changes(Set<LocalDate> days, ZonedDateTime now) {
    }

    private static Map<String, Object> parameters(MetricsRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", request.from());
        parameters.put("to", request.to());
        parameters.put("groupBy", request.groupBy().stream().map(Enum::name).toList());
        parameters.put("interval", request.interval() == null ? null : request.interval().cypherUnit());
        return parameters;
    }
}
