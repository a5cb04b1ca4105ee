package dev.crosswise.importing;

import dev.crosswise.graph.Graph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives {@code (:Product)-[:BOUGHT_WITH {support, lift, baskets}]->(:Product)} from the baskets in the graph: a
 * basket is the set of PURCHASE events sharing an {@code orderId}. For products a and b,
 * {@code support = baskets(a and b) / baskets} and {@code lift = baskets(a and b) x baskets / (baskets(a) x baskets(b))},
 * so lift > 1 means "bought together more often than chance". Edges go both ways; a pair needs at least
 * {@code minBaskets} shared baskets. Recomputing SETs the current values on existing edges (idempotent); an edge
 * whose pair later falls below the threshold is kept with its last values.
 */
public final class CoPurchases {

    static final String BASKETS = """
            MATCH (e:Event {type: 'PURCHASE'})
            WHERE e.orderId IS NOT NULL
            RETURN count(DISTINCT e.orderId) AS baskets""";
    static final String BASKETS_PER_PRODUCT = """
            MATCH (e:Event {type: 'PURCHASE'})-[:ABOUT]->(p:Product)
            WHERE e.orderId IS NOT NULL
            RETURN p.sku AS sku, count(DISTINCT e.orderId) AS baskets""";
    /** For a batch of anchor products: every product sharing a basket with them, counted, then written as an edge. */
    static final String DERIVE = """
            UNWIND $anchors AS anchor
            MATCH (a:Product {sku: anchor})<-[:ABOUT]-(ea:Event {type: 'PURCHASE'})<-[:DID]-(:Customer)
                  -[:DID]->(eb:Event {type: 'PURCHASE'})-[:ABOUT]->(b:Product)
            WHERE eb.orderId = ea.orderId AND b <> a
            WITH a, b, count(DISTINCT ea.orderId) AS together
            WHERE together >= $minBaskets
            WITH a, b, together,
                 toFloat(together) / $baskets AS support,
                 toFloat(together) * $baskets / ($basketsPerProduct[a.sku] * $basketsPerProduct[b.sku]) AS lift
            MERGE (a)-[r:BOUGHT_WITH]->(b)
            SET r.support = support, r.lift = lift, r.baskets = together
            RETURN count(r) AS edges""";

    static final int ANCHORS_PER_TRANSACTION = 50;

    /** @param baskets all baskets seen; @param edges BOUGHT_WITH edges written (both directions count) */
    public record Result(long baskets, long edges) {
    }

    private CoPurchases() {
    }

    public static Result derive(Graph graph, int minBaskets) {
        long baskets = graph.read(BASKETS, Map.of()).records().getFirst().get("baskets").asLong();
        if (baskets == 0) {
            return new Result(0, 0);
        }
        Map<String, Object> perProduct = new HashMap<>();
        graph.read(BASKETS_PER_PRODUCT, Map.of()).records()
                .forEach(r -> perProduct.put(r.get("sku").asString(), r.get("baskets").asLong()));
        List<String> anchors = perProduct.keySet().stream().sorted().toList();
        long edges = 0;
        for (int from = 0; from < anchors.size(); from += ANCHORS_PER_TRANSACTION) {
            var batch = anchors.subList(from, Math.min(anchors.size(), from + ANCHORS_PER_TRANSACTION));
            edges += graph.write(DERIVE, Map.of("anchors", batch, "minBaskets", minBaskets, "baskets", baskets,
                    "basketsPerProduct", perProduct)).records().getFirst().get("edges").asLong();
        }
        return new Result(baskets, edges);
    }
}
