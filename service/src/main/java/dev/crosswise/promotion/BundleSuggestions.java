package dev.crosswise.promotion;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.graph.Graph;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Bundles proposed from the orders for a merchandiser to approve: the product pairs bought together most often
 * ({@code BOUGHT_WITH}, more often than chance), both with a price, not yet a bundle together. Nothing is written: a
 * merchandiser who likes one creates it with {@code upsertPromotion(input: {bundle: true, skus: [...], ...})} and
 * chooses its discount (the margin floor judges the rest's margin after it when it is offered).
 */
@Service
public class BundleSuggestions {

    /** One direction per pair (a.sku < b.sku), strongest support first. */
    private static final String SUGGEST = Graph.compact("""
            MATCH (a:Product)-[r:BOUGHT_WITH]->(b:Product)
            WHERE a.sku < b.sku AND r.lift > 1 AND r.support >= $minSupport
              AND a.price IS NOT NULL AND b.price IS NOT NULL
              AND NOT EXISTS {
                MATCH (a)<-[:DISCOUNTS]-(p:Promotion {bundle: true})-[:DISCOUNTS]->(b)
              }
            RETURN a.sku AS first, b.sku AS second, r.support AS support, r.lift AS lift,
                   a.price + b.price AS listPrice
            ORDER BY support DESC, lift DESC, first, second
            LIMIT $limit
            """);

    /** A pair worth a bundle: how often it was bought together, and what the two cost. */
    public record Suggestion(List<String> skus, long support, double lift, double listPrice) {
    }

    private final Graph graph;

    BundleSuggestions(Graph graph) {
        this.graph = graph;
    }

    public List<Suggestion> suggest(int limit, int minSupport) {
        if (limit < 1 || limit > 100) {
            throw new BadRequestException("limit", "limit must be between 1 and 100, got " + limit);
        }
        if (minSupport < 1) {
            throw new BadRequestException("minSupport", "minSupport must be at least 1, got " + minSupport);
        }
        return graph.read(SUGGEST, Map.of("limit", limit, "minSupport", minSupport)).records().stream()
                .map(r -> new Suggestion(List.of(r.get("first").asString(), r.get("second").asString()),
                        r.get("support").asLong(), r.get("lift").asDouble(), round(r.get("listPrice"))))
                .toList();
    }

    private static double round(Value price) {
        return Math.round(price.asDouble() * 100.0) / 100.0;
    }
}
