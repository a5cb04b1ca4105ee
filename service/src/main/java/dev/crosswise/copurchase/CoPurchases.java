package dev.crosswise.copurchase;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.graph.Graph;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/**
 * Derives "frequently bought together": {@code (:Product)-[:BOUGHT_WITH {support, lift, confidence}]->(:Product)}
 * from baskets, a basket being the PURCHASE events of one customer's order.
 *
 * <ul>
 *   <li>{@code support} — baskets holding both products (symmetric);</li>
 *   <li>{@code lift} — support x baskets / (baskets with A x baskets with B): above 1, bought together more often
 *       than chance (symmetric);</li>
 *   <li>{@code confidence} — support / baskets with the edge's start product: how often a buyer of A also took B
 *       (directional).</li>
 * </ul>
 *
 * Counting reads one consistent snapshot. Writing is batched, each batch its own transaction, and never leaves a
 * gap: the new edges are MERGEd over the old ones with this run's {@code derivedAt}, then edges of older runs that
 * no longer qualify are deleted, in batches too. Readers see old or new values, never a missing pair.
 */
@Service
public class CoPurchases {

    static final int WRITE_BATCH = 1_000;
    static final int DELETE_BATCH = 10_000;

    private static final String BASKETS = """
            MATCH (c:Customer)-[:DID]->(e:Event)
            WHERE e.type = 'PURCHASE' AND e.orderId IS NOT NULL
            RETURN count(DISTINCT [c.id, e.orderId]) AS baskets
            """;

    /** Per product: the number of baskets it is in. */
    private static final String BASKETS_PER_PRODUCT = """
            MATCH (c:Customer)-[:DID]->(e:Event)-[:ABOUT]->(p:Product)
            WHERE e.type = 'PURCHASE' AND e.orderId IS NOT NULL
            WITH p.sku AS sku, count(DISTINCT [c.id, e.orderId]) AS baskets
            RETURN sku, baskets
            """;

    /** Unordered pairs (a < b) bought together in at least $minSupport baskets. */
    private static final String PAIRS = """
            MATCH (c:Customer)-[:DID]->(e:Event)-[:ABOUT]->(p:Product)
            WHERE e.type = 'PURCHASE' AND e.orderId IS NOT NULL
            WITH c, e.orderId AS orderId, collect(DISTINCT p.sku) AS skus
            WHERE size(skus) > 1
            UNWIND skus AS a
            UNWIND skus AS b
            WITH a, b WHERE a < b
            WITH a, b, count(*) AS support
            WHERE support >= $minSupport
            RETURN a, b, support
            """;

    private static final String WRITE = """
            UNWIND $pairs AS pair
            MATCH (a:Product {sku: pair.a}), (b:Product {sku: pair.b})
            MERGE (a)-[ab:BOUGHT_WITH]->(b)
            SET ab.support = pair.support, ab.lift = pair.lift, ab.confidence = pair.confidenceAb,
                ab.derivedAt = $derivedAt
            MERGE (b)-[ba:BOUGHT_WITH]->(a)
            SET ba.support = pair.support, ba.lift = pair.lift, ba.confidence = pair.confidenceBa,
                ba.derivedAt = $derivedAt
            """;

    private static final String DELETE_STALE = """
            MATCH (:Product)-[r:BOUGHT_WITH]->(:Product)
            WHERE r.derivedAt IS NULL OR r.derivedAt < $derivedAt
            WITH r LIMIT $batch
            DELETE r
            RETURN count(*) AS removed
            """;

    private final Graph graph;
    private final Clock clock;

    public CoPurchases(Graph graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    /** One run at a time per instance, so two runs never interleave their batches. */
    public synchronized CoPurchasePayload recompute(int minSupport) {
        if (minSupport < 1) {
            throw new BadRequestException("minSupport", "minSupport must be at least 1, got " + minSupport);
        }
        ZonedDateTime derivedAt = clock.instant().atZone(ZoneOffset.UTC);
        Counts counts = count(minSupport);

        List<Map<String, Object>> pairs = new ArrayList<>();
        for (Record pair : counts.pairs()) {
            String a = pair.get("a").asString();
            String b = pair.get("b").asString();
            long support = pair.get("support").asLong();
            long withA = counts.basketsPerProduct().get(a);
            long withB = counts.basketsPerProduct().get(b);
            pairs.add(Map.of("a", a, "b", b, "support", support,
                    "lift", (double) support * counts.baskets() / ((double) withA * withB),
                    "confidenceAb", (double) support / withA,
                    "confidenceBa", (double) support / withB));
        }
        for (int from = 0; from < pairs.size(); from += WRITE_BATCH) {
            graph.write(WRITE, Map.of("pairs", pairs.subList(from, Math.min(from + WRITE_BATCH, pairs.size())),
                    "derivedAt", derivedAt));
        }
        long removed = 0;
        long batch;
        do {
            batch = graph.write(DELETE_STALE, Map.of("derivedAt", derivedAt, "batch", DELETE_BATCH))
                    .records().getFirst().get("removed").asLong();
            removed += batch;
        } while (batch == DELETE_BATCH);
        return new CoPurchasePayload(counts.baskets(), pairs.size(), removed, minSupport);
    }

    private Counts count(int minSupport) {
        try (var session = graph.session()) {
            return session.executeRead(tx -> {
                long baskets = tx.run(BASKETS).single().get("baskets").asLong();
                Map<String, Long> perProduct = new HashMap<>();
                tx.run(BASKETS_PER_PRODUCT).forEachRemaining(r -> perProduct.put(r.get("sku").asString(),
                        r.get("baskets").asLong()));
                List<Record> pairs = tx.run(PAIRS, Map.of("minSupport", minSupport)).list();
                return new Counts(baskets, perProduct, pairs);
            });
        }
    }

    private record Counts(long baskets, Map<String, Long> basketsPerProduct, List<Record> pairs) {
    }
}
