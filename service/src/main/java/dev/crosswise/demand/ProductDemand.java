package dev.crosswise.demand;

import dev.crosswise.catalog.Popularity;
import dev.crosswise.catalog.WeeklyBaskets;
import dev.crosswise.graph.Graph;
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
 *   <li>{@code weeklyBaskets} from {@code basketsFromWeek} — how many baskets held it, week by week, beside the shop's
 *       baskets per week on {@code (:BasketWeeks {id: 'all'})}: decisions read best sellers as of their own time;</li>
 *   <li>{@code popularity} — the share of the last year's baskets that hold the product (best sellers);</li>
 *   <li>{@code recentPopularity} — the same over the last four weeks (trending: a share above its year's);</li>
 *   <li>{@code repeatDays} — after how many days a buyer typically buys it again: the median of the intervals between
 *       one customer's purchases of it on different days, when at least {@value #MIN_REPEATS} such intervals exist.</li>
 * </ul>
 * The windows of the two shares end with the week of the latest purchase recorded, not at the wall clock: a history
 * imported years later still has a year of best sellers. Written on the product nodes with {@code demandDerivedAt}; a product that no longer sells loses
 * them. Part of {@code recomputeCoPurchases}, which reads the same orders.
 */
public final class ProductDemand {

    /** Fewer repeat intervals than this say too little of a product's cycle. */
    public static final int MIN_REPEATS = 3;
    static final int WRITE_BATCH = 2_000;

    /** Baskets per week, a week being seven days from the epoch (as {@link WeeklyBaskets} counts them). */
    private static final String SHOP_WEEKS = """
            MATCH (e:Event) WHERE e.at IS NOT NULL AND e.type = 'PURCHASE' AND e.orderId IS NOT NULL
            WITH e.at.epochSeconds / $secondsPerWeek AS week, count(DISTINCT e.orderId) AS baskets
            RETURN week, baskets ORDER BY week
            """;

    private static final String PRODUCT_WEEKS = """
            MATCH (e:Event)-[:ABOUT]->(p:Product)
            WHERE e.at IS NOT NULL AND e.type = 'PURCHASE' AND e.orderId IS NOT NULL
            WITH p.sku AS sku, e.at.epochSeconds / $secondsPerWeek AS week, count(DISTINCT e.orderId) AS baskets
            RETURN sku, week, baskets
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
                p.basketsFromWeek = row.fromWeek, p.weeklyBaskets = row.weekly, p.demandDerivedAt = $derivedAt
            """;

    private static final String WRITE_SHOP_WEEKS = """
            MERGE (w:BasketWeeks {id: 'all'})
            SET w.fromWeek = $fromWeek, w.counts = $weekly, w.derivedAt = $derivedAt
            """;

    /** A product that sold before and not in this run's window, or whose figures came from elsewhere (a seed). */
    private static final String CLEAR_STALE = """
            MATCH (p:Product)
            WHERE (p.popularity IS NOT NULL OR p.repeatDays IS NOT NULL OR p.weeklyBaskets IS NOT NULL)
              AND (p.demandDerivedAt IS NULL OR p.demandDerivedAt < $derivedAt)
            REMOVE p.popularity, p.recentPopularity, p.repeatDays, p.basketsFromWeek, p.weeklyBaskets, p.demandDerivedAt
            RETURN count(p) AS cleared
            """;

    /** What one derivation found: products given a popularity, and products given a repeat cycle. */
    public record Derived(int popularProducts, int repeatProducts) {
    }

    /** One product's figures before they are written. */
    record Figures(String sku, double popularity, double recentPopularity, Integer repeatDays, WeeklyBaskets weeks) {
    }

    /** The shop's weekly baskets and each product's, as read. */
    record Weeks(WeeklyBaskets shop, Map<String, WeeklyBaskets> products) {
    }

    private final Graph graph;

    public ProductDemand(Graph graph) {
        this.graph = graph;
    }

    /** Reads the orders, writes every product's figures, clears those of products that no longer sell. */
    public Derived derive(ZonedDateTime derivedAt) {
        record Read(Weeks weeks, List<Figures> figures) {
        }
        Read read = graph.readTransaction(tx -> {
            Map<String, Object> week = Map.of("secondsPerWeek", WeeklyBaskets.SECONDS_PER_WEEK);
            Map<Long, Long> shopCounts = new java.util.TreeMap<>();
            tx.run(SHOP_WEEKS, week).forEachRemaining(r -> shopCounts.put(r.get("week").asLong(), r.get("baskets").asLong()));
            if (shopCounts.isEmpty()) {
                return new Read(null, List.<Figures>of());
            }
            Map<String, Map<Long, Long>> productCounts = new HashMap<>();
            tx.run(PRODUCT_WEEKS, week).forEachRemaining(r -> productCounts
                    .computeIfAbsent(r.get("sku").asString(), k -> new java.util.TreeMap<>())
                    .put(r.get("week").asLong(), r.get("baskets").asLong()));
            Map<String, List<Long>> intervals = new HashMap<>();
            tx.run(REPEATS).forEachRemaining(r -> intervals.computeIfAbsent(r.get("sku").asString(), k -> new ArrayList<>())
                    .addAll(intervalsInDays(r.get("days").asList(Value::asLocalDate))));
            Map<String, WeeklyBaskets> products = new HashMap<>();
            productCounts.forEach((sku, counts) -> products.put(sku, dense(counts)));
            Weeks weeks = new Weeks(dense(shopCounts), products);
            return new Read(weeks, figures(weeks, intervals));
        });
        List<Map<String, Object>> rows = new ArrayList<>(read.figures().size());
        for (Figures f : read.figures()) {
            Map<String, Object> row = new HashMap<>();
            row.put("sku", f.sku());
            row.put("popularity", f.popularity());
            row.put("recentPopularity", f.recentPopularity());
            row.put("repeatDays", f.repeatDays());
            row.put("fromWeek", f.weeks() == null ? null : f.weeks().fromWeek());
            row.put("weekly", f.weeks() == null ? null : java.util.Arrays.stream(f.weeks().counts()).boxed().toList());
            rows.add(row);
        }
        for (int from = 0; from < rows.size(); from += WRITE_BATCH) {
            graph.write(WRITE, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + WRITE_BATCH)),
                    "derivedAt", derivedAt));
        }
        if (read.weeks() != null) {
            graph.write(WRITE_SHOP_WEEKS, Map.of("fromWeek", read.weeks().shop().fromWeek(),
                    "weekly", java.util.Arrays.stream(read.weeks().shop().counts()).boxed().toList(), "derivedAt", derivedAt));
        }
        graph.write(CLEAR_STALE, Map.of("derivedAt", derivedAt));
        return new Derived((int) read.figures().stream().filter(f -> f.popularity() > 0).count(),
                (int) read.figures().stream().filter(f -> f.repeatDays() != null).count());
    }

    /** Counts per week as a dense run of weeks from the first counted on. */
    static WeeklyBaskets dense(Map<Long, Long> counts) {
        long first = counts.keySet().stream().min(Long::compare).orElseThrow();
        long last = counts.keySet().stream().max(Long::compare).orElseThrow();
        long[] dense = new long[(int) (last - first + 1)];
        counts.forEach((week, n) -> dense[(int) (week - first)] = n);
        return new WeeklyBaskets(first, dense);
    }

    /**
     * Each product's shares as of the week after the last one with orders (what {@code popularity} and
     * {@code recentPopularity} show in Neo4j Browser), its weekly baskets, and its repeat cycle.
     */
    static List<Figures> figures(Weeks weeks, Map<String, List<Long>> intervals) {
        // the shares as decisions compute them for the week after the data (one definition)
        Popularity latest = Popularity.before(weeks.shop().endWeek(), weeks.shop(), weeks.products(), sku -> List.of());
        Map<String, Integer> cycles = repeatCycles(intervals);
        java.util.SortedSet<String> skus = new java.util.TreeSet<>(weeks.products().keySet());
        skus.addAll(cycles.keySet());
        return skus.stream().map(sku -> new Figures(sku, latest.share(sku).year(), latest.share(sku).recent(),
                cycles.get(sku), weeks.products().get(sku))).toList();
    }

    /** The median interval of each product bought again on another day at least {@value #MIN_REPEATS} times. */
    static Map<String, Integer> repeatCycles(Map<String, List<Long>> intervals) {
        Map<String, Integer> cycles = new HashMap<>();
        intervals.forEach((sku, days) -> {
            if (days.size() >= MIN_REPEATS) {
                cycles.put(sku, median(days));
            }
        });
        return cycles;
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
