package dev.crosswise.demand;

import dev.crosswise.catalog.Popularity;
import dev.crosswise.catalog.RepeatHabits;
import dev.crosswise.catalog.WeeklyBaskets;
import dev.crosswise.graph.Graph;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

    private static final String WRITE = """
            UNWIND $rows AS row
            MATCH (p:Product {sku: row.sku})
            SET p.popularity = row.popularity, p.recentPopularity = row.recentPopularity, p.repeatDays = row.repeatDays,
                p.basketsFromWeek = row.fromWeek, p.weeklyBaskets = row.weekly, p.demandDerivedAt = $derivedAt
            """;

    private static final String WRITE_SHOP_WEEKS = """
            MERGE (w:BasketWeeks {id: 'all'})
            SET w.fromWeek = $fromWeek, w.counts = $weekly, w.derivedAt = $derivedAt,
                w.repeatPriorOrders = $priorOrders, w.repeatDueShare = $dueShare
            """;

    /** A product that sold before and not in this run's window, or whose figures came from elsewhere (a seed). */
    private static final String CLEAR_STALE = """
            MATCH (p:Product)
            WHERE (p.popularity IS NOT NULL OR p.repeatDays IS NOT NULL OR p.weeklyBaskets IS NOT NULL)
              AND (p.demandDerivedAt IS NULL OR p.demandDerivedAt < $derivedAt)
            REMOVE p.popularity, p.recentPopularity, p.repeatDays, p.basketsFromWeek, p.weeklyBaskets, p.demandDerivedAt
            RETURN count(p) AS cleared
            """;

    /** What one derivation found: products given a popularity and a repeat cycle, and how the shop's customers buy again. */
    public record Derived(int popularProducts, int repeatProducts, RepeatHabits habits) {
    }

    /** One product's figures before they are written ({@code repeatDays} null: no cycle; {@code weeks} null: no dated basket). */
    public record Figures(String sku, double popularity, double recentPopularity, Integer repeatDays, WeeklyBaskets weeks) {
    }

    /** The shop's weekly baskets and each product's, as read. */
    record Weeks(WeeklyBaskets shop, Map<String, WeeklyBaskets> products) {
    }

    private final Graph graph;

    public ProductDemand(Graph graph) {
        this.graph = graph;
    }

    /** Reads every basket, writes every product's figures, clears those of products that no longer sell. */
    public Derived derive(ZonedDateTime derivedAt) {
        List<Basket> baskets = graph.readTransaction(tx -> {
            List<Basket> all = new ArrayList<>();
            Basket.readAll(tx, all::add);
            return all;
        });
        return derive(baskets, derivedAt);
    }

    /** The same from baskets already read (by {@code recomputeCoPurchases}, which counts its pairs from them). */
    public Derived derive(List<Basket> baskets, ZonedDateTime derivedAt) {
        Computed computed = compute(baskets);
        List<Figures> figures = computed.figures();
        List<Map<String, Object>> rows = new ArrayList<>(figures.size());
        for (Figures f : figures) {
            Map<String, Object> row = new HashMap<>();
            row.put("sku", f.sku());
            row.put("popularity", f.popularity());
            row.put("recentPopularity", f.recentPopularity());
            row.put("repeatDays", f.repeatDays());
            row.put("fromWeek", f.weeks() == null ? null : f.weeks().fromWeek());
            row.put("weekly", f.weeks() == null ? null : Arrays.stream(f.weeks().counts()).boxed().toList());
            rows.add(row);
        }
        for (int from = 0; from < rows.size(); from += WRITE_BATCH) {
            graph.write(WRITE, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + WRITE_BATCH)),
                    "derivedAt", derivedAt));
        }
        if (computed.shopWeeks() != null) {
            Map<String, Object> shop = new HashMap<>();
            shop.put("fromWeek", computed.shopWeeks().fromWeek());
            shop.put("weekly", Arrays.stream(computed.shopWeeks().counts()).boxed().toList());
            shop.put("derivedAt", derivedAt);
            shop.put("priorOrders", computed.habits().priorOrders());
            shop.put("dueShare", computed.habits().dueShare());
            graph.write(WRITE_SHOP_WEEKS, shop);
        }
        graph.write(CLEAR_STALE, Map.of("derivedAt", derivedAt));
        return computed.derived();
    }

    /**
     * What {@link #derive} writes, computed from the baskets: each product's figures, the shop's baskets per week
     * (null when no basket says when it was bought) and how its customers buy again. An import into an empty store
     * writes them with its nodes.
     */
    public static Computed compute(List<Basket> baskets) {
        Weeks weeks = weeks(baskets);
        Map<String, List<Long>> intervals = repeatIntervals(baskets);
        List<Figures> figures = weeks == null ? List.of() : figures(weeks, intervals);
        RepeatHabits habits = weeks == null ? RepeatHabits.UNKNOWN
                : RepeatHabitsLearning.learn(baskets, repeatCycles(intervals));
        return new Computed(figures, weeks == null ? null : weeks.shop(), habits);
    }

    /** Each product's figures, the shop's baskets per week ({@code (:BasketWeeks {id: 'all'})}) and its repeat habits. */
    public record Computed(List<Figures> figures, WeeklyBaskets shopWeeks, RepeatHabits habits) {

        public Derived derived() {
            return new Derived((int) figures.stream().filter(f -> f.popularity() > 0).count(),
                    (int) figures.stream().filter(f -> f.repeatDays() != null).count(), habits);
        }
    }

    /** Baskets per week, the shop's and each product's; null when no basket says when it was bought. */
    static Weeks weeks(List<Basket> baskets) {
        Map<Long, Long> shop = new TreeMap<>();
        Map<String, Map<Long, Long>> products = new HashMap<>();
        for (Basket basket : baskets) {
            if (basket.at() == null) {
                continue;
            }
            long week = WeeklyBaskets.weekOf(basket.at());
            shop.merge(week, 1L, Long::sum);
            basket.skus().forEach(sku -> products.computeIfAbsent(sku, k -> new TreeMap<>()).merge(week, 1L, Long::sum));
        }
        if (shop.isEmpty()) {
            return null;
        }
        Map<String, WeeklyBaskets> perProduct = new HashMap<>();
        products.forEach((sku, counts) -> perProduct.put(sku, dense(counts)));
        return new Weeks(dense(shop), perProduct);
    }

    /** Per product, the intervals in days between one customer's baskets holding it on different days. */
    static Map<String, List<Long>> repeatIntervals(List<Basket> baskets) {
        Map<String, Map<String, Set<LocalDate>>> daysByCustomer = new HashMap<>();
        for (Basket basket : baskets) {
            if (basket.at() == null) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(basket.at(), ZoneOffset.UTC);
            Map<String, Set<LocalDate>> bought = daysByCustomer.computeIfAbsent(basket.customerId(), k -> new HashMap<>());
            basket.skus().forEach(sku -> bought.computeIfAbsent(sku, k -> new HashSet<>()).add(day));
        }
        Map<String, List<Long>> intervals = new HashMap<>();
        daysByCustomer.values().forEach(bought -> bought.forEach((sku, days) -> {
            if (days.size() > 1) {
                intervals.computeIfAbsent(sku, k -> new ArrayList<>()).addAll(intervalsInDays(List.copyOf(days)));
            }
        }));
        return intervals;
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

    static List<Long> intervalsInDays(List<LocalDate> days) {
        List<LocalDate> sorted = days.stream().sorted().toList();
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
