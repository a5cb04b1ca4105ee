package dev.crosswise.copurchase;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.demand.Basket;
import dev.crosswise.demand.ProductDemand;
import dev.crosswise.graph.Graph;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Each product keeps an outgoing edge to its {@value #PARTNERS_PER_PRODUCT} strongest partners only (highest
 * {@link Association#strength()}, then support): a best seller is bought with nearly everything, and the long tail of weak pairs would only make every
 * decision that starts from it walk hundreds of edges. A weak partner of a best seller can still point at it.
 * <p>
 * Counting reads one consistent snapshot. Writing is batched, each batch its own transaction, and never leaves a
 * gap: the new edges are MERGEd over the old ones with this run's {@code derivedAt}, then edges of older runs that
 * no longer qualify are deleted, in batches too. Readers see old or new values, never a missing pair.
 * <p>
 * The same orders then give each product its popularity and repeat cycle ({@link ProductDemand}), and the shop how
 * much of a pair's pull a past purchase carries into the next order ({@link Carryover}).
 */
@Service
public class CoPurchases {

    /** The strongest partners a product keeps an outgoing {@code BOUGHT_WITH} edge to. */
    public static final int PARTNERS_PER_PRODUCT = 20;
    static final int WRITE_BATCH = 1_000;
    static final int DELETE_BATCH = 10_000;

    private static final String WRITE = """
            UNWIND $edges AS edge
            MATCH (a:Product {sku: edge.from}), (b:Product {sku: edge.to})
            MERGE (a)-[r:BOUGHT_WITH]->(b)
            SET r.support = edge.support, r.lift = edge.lift, r.confidence = edge.confidence, r.derivedAt = $derivedAt
            """;

    private static final String DELETE_STALE = """
            MATCH (:Product)-[r:BOUGHT_WITH]->(:Product)
            WHERE r.derivedAt IS NULL OR r.derivedAt < $derivedAt
            WITH r LIMIT $batch
            DELETE r
            RETURN count(*) AS removed
            """;

    /** On the shop's node, beside its weekly baskets: decisions read it with the product graph. */
    private static final String WRITE_CARRYOVER = """
            MERGE (w:BasketWeeks {id: 'all'})
            SET w.boughtWithCarryover = $carryover
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
        List<Basket> baskets = new ArrayList<>();
        graph.readTransaction(tx -> {
            Basket.readAll(tx, baskets::add);
            return null;
        });
        Derivation derived = derive(baskets, minSupport);

        List<Map<String, Object>> edges = derived.edges().stream().map(e -> Map.<String, Object>of("from", e.from(),
                "to", e.to(), "support", e.support(), "lift", e.lift(), "confidence", e.confidence())).toList();
        for (int from = 0; from < edges.size(); from += WRITE_BATCH) {
            graph.write(WRITE, Map.of("edges", edges.subList(from, Math.min(from + WRITE_BATCH, edges.size())),
                    "derivedAt", derivedAt));
        }
        long removed = 0;
        long batch;
        do {
            batch = graph.write(DELETE_STALE, Map.of("derivedAt", derivedAt, "batch", DELETE_BATCH))
                    .records().getFirst().get("removed").asLong();
            removed += batch;
        } while (batch == DELETE_BATCH);
        ProductDemand.Derived demand = new ProductDemand(graph).derive(baskets, derivedAt);
        graph.write(WRITE_CARRYOVER, java.util.Collections.singletonMap("carryover", derived.carryover()));
        return new CoPurchasePayload(derived.baskets(), derived.pairs(), edges.size(), removed, minSupport,
                demand.popularProducts(), demand.repeatProducts(), demand.habits().priorOrders(),
                demand.habits().dueShare(), derived.carryover());
    }

    /**
     * What {@link #recompute} writes, from baskets already in hand (read from the graph, or grouped from a file by
     * an import into an empty store): every basket counted, the pairs bought together in at least {@code minSupport}
     * of them, and each product's edges to its {@value #PARTNERS_PER_PRODUCT} strongest partners.
     */
    public static Derivation derive(List<Basket> baskets, int minSupport) {
        BasketCounts counting = new BasketCounts();
        baskets.forEach(basket -> counting.add(basket.skus()));
        List<Pair> pairs = counting.pairs(minSupport);
        List<Edge> edges = strongestPartners(pairs, counting.basketsPerProduct(), counting.baskets());
        return new Derivation(counting.baskets(), pairs.size(), edges,
                Carryover.learn(baskets, edges, counting.basketsPerProduct(), counting.baskets()));
    }

    /**
     * @param pairs     pairs bought together often enough; {@code edges} directed, at most 20 per start product
     * @param carryover how much of a pair's pull a product of an earlier order carries into the next
     *                  ({@link Carryover}); null when the orders could not tell
     */
    public record Derivation(long baskets, int pairs, List<Edge> edges, Double carryover) {
    }

    /** Both directions of every pair, then per product only its {@value #PARTNERS_PER_PRODUCT} strongest. */
    static List<Edge> strongestPartners(List<Pair> pairs, Map<String, Long> basketsPerProduct, long baskets) {
        Map<String, List<Edge>> partners = new HashMap<>();
        for (Pair pair : pairs) {
            long withA = basketsPerProduct.get(pair.a());
            long withB = basketsPerProduct.get(pair.b());
            double lift = (double) pair.support() * baskets / ((double) withA * withB);
            partners.computeIfAbsent(pair.a(), k -> new ArrayList<>())
                    .add(new Edge(pair.a(), pair.b(), pair.support(), lift, (double) pair.support() / withA));
            partners.computeIfAbsent(pair.b(), k -> new ArrayList<>())
                    .add(new Edge(pair.b(), pair.a(), pair.support(), lift, (double) pair.support() / withB));
        }
        List<Edge> edges = new ArrayList<>();
        partners.values().forEach(list -> list.stream().sorted(Edge.STRONGEST_FIRST).limit(PARTNERS_PER_PRODUCT)
                .forEach(edges::add));
        return edges;
    }

    record Pair(String a, String b, long support) {
    }

    /** A directed BOUGHT_WITH edge as written. */
    public record Edge(String from, String to, long support, double lift, double confidence) {
        static final java.util.Comparator<Edge> STRONGEST_FIRST = java.util.Comparator
                .comparingDouble((Edge e) -> Association.ofEdge(e.support(), e.lift(), e.confidence()).strength()).reversed()
                .thenComparing(java.util.Comparator.comparingLong(Edge::support).reversed())
                .thenComparing(Edge::to);
    }
}
