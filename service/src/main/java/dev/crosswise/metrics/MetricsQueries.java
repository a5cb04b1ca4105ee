package dev.crosswise.metrics;

import dev.crosswise.graph.Graph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

/**
 * The reads behind a metrics report. Each aggregates in Neo4j down to one row per group key and time bucket (orders:
 * one per order), so what travels is the size of the report, not of the traffic. Keys are lists with one value per
 * dimension asked, {@code "none"} where the exposure has none.
 */
@Repository
class MetricsQueries {

    /** The decisions of the period, through the {@code decision_at} index, and the bucket each falls in. */
    private static final String DECISIONS_OF_PERIOD = """
            MATCH (d:Decision) WHERE d.at >= $from AND d.at < $to
            WITH d, CASE WHEN $interval IS NULL THEN null ELSE datetime.truncate($interval, d.at) END AS bucket
            """;

    private static final String DECISIONS = DECISIONS_OF_PERIOD + """
            RETURN bucket, count(d) AS decisions
            """;

    /**
     * Per exposure: its key, whether it was clicked, accepted or dismissed (any response of the type, however many),
     * and what was credited to it; summed per key and bucket. A decision's responses and credits are read once, then
     * shared out among its actions by sku — not walked again for each action.
     */
    private static final String EXPOSURES = DECISIONS_OF_PERIOD + """
            WITH d, bucket,
                 COLLECT { MATCH (r:Response)-[:RESPONDS_TO]->(d) RETURN [r.sku, r.type] } AS responses,
                 COLLECT { MATCH (:Event)-[a:ATTRIBUTED_TO]->(d) RETURN a } AS credits
            MATCH (d)-[o:OFFERED]->(p:Product)
            WITH d, o, p, bucket,
                 [dimension IN $groupBy | coalesce(CASE dimension
                    WHEN 'STRATEGY' THEN o.strategy WHEN 'MOMENT' THEN o.moment WHEN 'CHANNEL' THEN o.channel
                    WHEN 'PLACEMENT' THEN d.placement WHEN 'RULE' THEN o.rule
                    WHEN 'PRODUCT_CATEGORY' THEN [(p)-[:IN_CATEGORY]->(cat) | cat.id][0]
                    WHEN 'EXPERIMENT_ARM' THEN
                      reduce(arms = null, arm IN d.experiments | coalesce(arms + ' + ', '') + arm) END, 'none')] AS key,
                 [response IN responses WHERE response[0] = p.sku | response[1]] AS types,
                 [credit IN credits WHERE credit.sku = p.sku] AS credited
            RETURN key, bucket, count(DISTINCT d) AS decisions, count(*) AS exposures,
                   count(CASE WHEN 'CLICKED' IN types THEN 1 END) AS clicks,
                   count(CASE WHEN 'ACCEPTED' IN types THEN 1 END) AS acceptances,
                   count(CASE WHEN 'DISMISSED' IN types THEN 1 END) AS dismissals,
                   count(CASE WHEN 'ACCEPTED' IN types OR size(credited) > 0 THEN 1 END) AS acceptedOrBought,
                   count(CASE WHEN size(credited) > 0 THEN 1 END) AS converted,
                   sum(size(credited)) AS purchases,
                   sum(reduce(total = 0.0, credit IN credited | total + credit.revenue)) AS revenue,
                   sum(reduce(total = 0.0, credit IN credited | total + coalesce(credit.margin, 0.0))) AS margin,
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
            WITH d.suppressedRules[i] AS rule, bucket,
                 [dimension IN $groupBy | coalesce(CASE dimension
                    WHEN 'STRATEGY' THEN d.suppressedStrategies[i] WHEN 'PLACEMENT' THEN d.placement
                    WHEN 'PRODUCT_CATEGORY' THEN category WHEN 'EXPERIMENT_ARM' THEN
                      reduce(arms = null, arm IN d.experiments | coalesce(arms + ' + ', '') + arm) END, 'none')] AS key
            RETURN key, bucket, rule, count(*) AS count
            """;

    /**
     * The period's orders (purchase lines by order id), summed per bucket and whether a line was credited; only the
     * credited orders travel one by one, with their value and the keys of the exposures their lines were credited to.
     */
    private static final String ORDERS = """
            MATCH (e:Event) WHERE e.at >= $from AND e.at < $to AND e.type = 'PURCHASE'
            OPTIONAL MATCH (e)-[a:ATTRIBUTED_TO]->(d:Decision)
            WITH e, CASE WHEN a IS NULL THEN null ELSE [dimension IN $groupBy | coalesce(CASE dimension
                    WHEN 'STRATEGY' THEN a.strategy WHEN 'MOMENT' THEN a.moment WHEN 'CHANNEL' THEN a.channel
                    WHEN 'PLACEMENT' THEN a.placement WHEN 'RULE' THEN a.rule
                    WHEN 'PRODUCT_CATEGORY' THEN a.category WHEN 'EXPERIMENT_ARM' THEN
                      reduce(arms = null, arm IN d.experiments | coalesce(arms + ' + ', '') + arm) END, 'none')] END AS key
            WITH coalesce(e.orderId, e.id) AS orderId, min(e.at) AS at, sum(e.price * e.quantity) AS value,
                 count(e) AS lines, count(CASE WHEN e.returned THEN 1 END) AS returnedLines, collect(key) AS keys
            WITH CASE WHEN $interval IS NULL THEN null ELSE datetime.truncate($interval, at) END AS bucket,
                 size(keys) > 0 AS credited, value, lines, returnedLines, keys
            RETURN bucket, credited, count(*) AS orders, sum(value) AS value, sum(lines) AS lines,
                   sum(returnedLines) AS returnedLines,
                   collect(CASE WHEN credited THEN {value: value, keys: keys} END) AS creditedOrders
            """;

    /** Per product offered in the period: exposures, exposures converted, credited purchases and revenue. */
    private static final String PRODUCTS = DECISIONS_OF_PERIOD + """
            WITH d, COLLECT { MATCH (:Event)-[a:ATTRIBUTED_TO]->(d) RETURN [a.sku, a.revenue] } AS credits
            MATCH (d)-[:OFFERED]->(p:Product)
            WITH p, [credit IN credits WHERE credit[0] = p.sku | credit[1]] AS revenues
            WITH p, size(revenues) AS purchases, reduce(total = 0.0, revenue IN revenues | total + revenue) AS revenue
            RETURN p.sku AS sku, count(*) AS exposures, count(CASE WHEN purchases > 0 THEN 1 END) AS converted,
                   sum(purchases) AS purchases, sum(revenue) AS revenue
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

    List<Record> orders(MetricsRequest request) {
        return graph.read(ORDERS, parameters(request)).records();
    }

    List<Record> products(MetricsRequest request) {
        return graph.read(PRODUCTS, parameters(request)).records();
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
