package dev.crosswise.demand;

import dev.crosswise.graph.Graph;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/**
 * Derives what a shop's orders say of each product, for the candidate sources that need no path from the customer:
 * <ul>
 *   <li>{@code popularity} — the share of the last year's baskets that hold the product (best sellers);</li>
 *   <li>{@code recentPopularity} — the same over the last four weeks (trending: a share above its year's);</li>
 *   <li>{@code repeatDays} — after how many days a buyer typically buys it again: the median of the intervals between
 *       one customer's purchases of it on different days, when at least {@value #MIN_REPEATS} such intervals exist.</li>
 * </ul>
 * The windows end at the latest purchase recorded, not at the wall clock: a history imported years later still has a
 * year of best sellers. Written on the product nodes with {@code demandDerivedAt}; a product that no longer sells loses
 * them. Part of {@code recomputeCoPurchases}, which reads the same orders.
 */
public final class ProductDemand {

    public static final Duration YEAR = Duration.ofDays(365);
    public static final Duration RECENT = Duration.ofDays(28);
    /** Fewer repeat intervals than this say too little of a product's cycle. */
    public static final int MIN_REPEATS = 3;
    static final int WRITE_BATCH = 2_000;

    private static final String LATEST_PURCHASE = """
            MATCH (e:Event) WHERE e.at IS NOT NULL AND e.type = 'PURCHASE' AND e.orderId IS NOT NULL
            RETURN max(e.at) AS latest
            """;

    /** Baskets of the window, and of its recent end. */
    private static final String BASKETS = """
            MATCH (e:Event)
            WHERE e.at > $yearAgo AND e.at <= $latest AND e.type = 'PURCHASE' AND e.orderId IS NOT NULL
            RETURN count(DISTINCT e.orderId) AS baskets,
                   count(DISTINCT CASE WHEN e.at > $recentSince THEN e.orderId END) AS recent
            """;

    private static final String BASKETS_PER_PRODUCT = """
            MATCH (e:Event)-[:ABOUT]->(p:Product)
            WHERE e.at > $yearAgo AND e.at <= $latest AND e.type = 'PURCHASE' AND e.orderId IS NOT NULL
            RETURN p.sku AS sku, count(DISTINCT e.orderId) AS baskets,
                   count(DISTINCT CASE WHEN e.at > $recentSince THEN e.orderId END) AS recent
            """;

    /** Per customer and product bought on at least two days: the days, in order. */
    private static final String REPEATS = """
            MATCH (c:Customer)-[:DID]->(e:Event)-[:ABOUT]->(p:Product)
            WHERE e.type = 'PURCHASE' AND e.orderId IS NOT NULL AND e.at IS NOT NULL
            WITH c, p, collect(DISTINCT date(e.at)) AS days
            WHERE size(days) > 1
            RETURN p.sku AS sku, days
            """;

    private static final String WRITE = """
            UNWIND $rows AS row
            MATCH (p:Product {sku: row.sku})
            SET p.popularity = row.popularity, p.recentPopularity = row.recentPopularity, p.repeatDays = row.repeatDays,
                p.demandDerivedAt = $derivedAt
            """;

    /** A product that sold before and not in this run's window, or whose figures came from elsewhere (a seed). */
    private static final String CLEAR_STALE = """
            MATCH (p:Product)
            WHERE (p.popularity IS NOT NULL OR p.repeatDays IS NOT NULL)
              AND (p.demandDerivedAt IS NULL OR p.demandDerivedAt < $derivedAt)
            REMOVE p.popularity, p.recentPopularity, p.repeatDays, p.demandDerivedAt
            RETURN count(p) AS cleared
            """;

    /** What one derivation found: products given a popularity, and products given a repeat cycle. */
    public record Derived(int popularProducts, int repeatProducts) {
    }

    /** One product's figures before they are written. */
    record Figures(String sku, double popularity, double recentPopularity, Integer repeatDays) {
    }

    private final Graph graph;

    public ProductDemand(Graph graph) {
        this.graph = graph;
    }

    /** Reads the orders, writes every product's figures, clears those of products that no longer sell. */
    public Derived derive(ZonedDateTime derivedAt) {
        List<Figures> figures = graph.readTransaction(tx -> {
            Value latest = tx.run(LATEST_PURCHASE).single().get("latest");
            if (latest.isNull()) {
                return List.<Figures>of();
            }
            ZonedDateTime end = latest.asZonedDateTime();
            Map<String, Object> window = Map.of("latest", end, "yearAgo", end.minus(YEAR),
                    "recentSince", end.minus(RECENT));
            var totals = tx.run(BASKETS, window).single();
            Map<String, long[]> perProduct = new HashMap<>();
            tx.run(BASKETS_PER_PRODUCT, window).forEachRemaining(r -> perProduct.put(r.get("sku").asString(),
                    new long[] {r.get("baskets").asLong(), r.get("recent").asLong()}));
            Map<String, List<Long>> intervals = new HashMap<>();
            tx.run(REPEATS).forEachRemaining(r -> intervals.computeIfAbsent(r.get("sku").asString(), k -> new ArrayList<>())
                    .addAll(intervalsInDays(r.get("days").asList(Value::asLocalDate))));
            return figures(totals.get("baskets").asLong(), totals.get("recent").asLong(), perProduct, intervals);
        });
        List<Map<String, Object>> rows = new ArrayList<>(figures.size());
        for (Figures f : figures) {
            Map<String, Object> row = new HashMap<>();
            row.put("sku", f.sku());
            row.put("popularity", f.popularity());
            row.put("recentPopularity", f.recentPopularity());
            row.put("repeatDays", f.repeatDays());
            rows.add(row);
        }
        for (int from = 0; from < rows.size(); from += WRITE_BATCH) {
            graph.write(WRITE, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + WRITE_BATCH)),
                    "derivedAt", derivedAt));
        }
        graph.write(CLEAR_STALE, Map.of("derivedAt", derivedAt));
        return new Derived((int) figures.stream().filter(f -> f.popularity() > 0).count(),
                (int) figures.stream().filter(f -> f.repeatDays() != null).count());
    }

    /** Shares of baskets and median repeat intervals, per product that sold in the year or was bought again. */
    static List<Figures> figures(long baskets, long recentBaskets, Map<String, long[]> perProduct,
                                 Map<String, List<Long>> intervals) {
        Map<String, Figures> bySku = new HashMap<>();
        perProduct.forEach((sku, counts) -> bySku.put(sku, new Figures(sku,
                baskets == 0 ? 0 : (double) counts[0] / baskets,
                recentBaskets == 0 ? 0 : (double) counts[1] / recentBaskets, null)));
        intervals.forEach((sku, days) -> {
            if (days.size() >= MIN_REPEATS) {
                Figures f = bySku.getOrDefault(sku, new Figures(sku, 0, 0, null));
                bySku.put(sku, new Figures(sku, f.popularity(), f.recentPopularity(), median(days)));
            }
        });
        return bySku.values().stream().sorted(java.util.Comparator.comparing(Figures::sku)).toList();
    }

    static List<Long> intervalsInDays(List<java.time.LocalDate> days) {
        List<java.time.LocalDate> sorted = days.stream().sorted().toList();
        List<Long> intervals = new ArrayList<>(sorted.size() - 1);
        for (int i = 1; i < sorted.size(); i++) {
            intervals.add(ChronoUnit.DAYS.between(sorted.get(i - 1), sorted.get(i)));
        }
        return intervals;
    }

    /** The median, rounded to whole days (the lower middle of an even count: a cycle errs on the early side). */
    static int median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return Math.toIntExact(sorted.get((sorted.size() - 1) / 2));
    }
}
