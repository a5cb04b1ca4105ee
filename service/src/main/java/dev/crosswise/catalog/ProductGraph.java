package dev.crosswise.catalog;

import dev.crosswise.graph.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Value;

/**
 * The product side of the graph as the candidate traversals walk it: solutions and their parts, families and their
 * members, upgrade steps, merchandisers' pairings, co-purchases and categories, by sku. An immutable snapshot;
 * {@link CatalogCache#productGraph()} hands out the current one. A shop's product graph is small (thousands of
 * products, tens of thousands of edges) next to its customer graph, and every decision walks it: walking it in
 * memory took more than half of every decision's work off Neo4j.
 */
public final class ProductGraph {

    public record Solution(String id, String name, List<Part> parts) {
    }

    /** A {@code NEEDS} edge. */
    public record Part(String sku, String role, boolean optional) {
    }

    public record Family(String id, String name, List<String> members) {
    }

    /** A {@code COMPLEMENTS} edge; {@code strength} null when the merchandiser gave none. */
    public record Pairing(String sku, Double strength) {
    }

    /** A {@code BOUGHT_WITH} edge with lift above 1 (the others say nothing). */
    public record CoPurchase(String sku, double lift, Double support, Double confidence) {
    }

    /**
     * What the shop's orders say of a product, as {@code recomputeCoPurchases} derived it: its share of the baskets of
     * the last year ({@code popularity}) and of the last four weeks ({@code recentPopularity}) before the latest
     * purchase, and after how many days its buyers typically buy it again ({@code repeatDays}, null when too few do).
     * Decisions read the shares as of their own time ({@link #popularityAt}).
     */
    public record Demand(double popularity, double recentPopularity, Integer repeatDays) {

        static final Demand NONE = new Demand(0, 0, null);
    }

    static final String PRODUCTS = Graph.compact("""
            MATCH (p:Product) WHERE p.sku IS NOT NULL
            RETURN p.sku AS sku,
                   COLLECT { MATCH (p)-[:IN_CATEGORY]->(c:Category) WHERE c.id IS NOT NULL RETURN c.id } AS categories,
                   COLLECT { MATCH (p)-[:UPGRADES_TO]->(next:Product) WHERE next.sku IS NOT NULL RETURN next.sku } AS upgrades,
                   COLLECT { MATCH (p)-[r:COMPLEMENTS]->(other:Product) WHERE other.sku IS NOT NULL
                             RETURN {sku: other.sku, strength: r.strength} } AS pairings,
                   COLLECT { MATCH (p)-[r:BOUGHT_WITH]->(other:Product) WHERE r.lift > 1 AND other.sku IS NOT NULL
                             RETURN {sku: other.sku, lift: r.lift, support: r.support, confidence: r.confidence} } AS coPurchases,
                   p.popularity AS popularity, p.recentPopularity AS recentPopularity, p.repeatDays AS repeatDays,
                   p.basketsFromWeek AS fromWeek, p.weeklyBaskets AS weekly
            """);

    /** The shop's baskets per week, written with the products' by {@code recomputeCoPurchases}. */
    static final String SHOP_WEEKS = Graph.compact("""
            MATCH (w:BasketWeeks {id: 'all'})
            RETURN w.fromWeek AS fromWeek, w.counts AS weekly, w.repeatPriorOrders AS priorOrders, w.repeatDueShare AS dueShare,
                   w.boughtWithCarryover AS carryover
            """);

    static final String FAMILIES = Graph.compact("""
            MATCH (f:Family)
            RETURN f.id AS id, f.name AS name,
                   COLLECT { MATCH (p:Product)-[:PART_OF]->(f) WHERE p.sku IS NOT NULL RETURN p.sku } AS members
            """);

    static final String SOLUTIONS = Graph.compact("""
            MATCH (s:Solution)
            RETURN s.id AS id, s.name AS name,
                   COLLECT { MATCH (s)-[n:NEEDS]->(p:Product) WHERE p.sku IS NOT NULL
                             RETURN {sku: p.sku, role: n.role, optional: n.optional} } AS parts
            """);

    private final Map<String, List<String>> categories;
    private final Map<String, List<String>> upgrades;
    private final Map<String, List<Pairing>> pairings;
    private final Map<String, List<CoPurchase>> coPurchases;
    private final Map<String, List<Family>> familiesOf;
    private final Map<String, List<Solution>> solutionsOf;
    private final Map<String, Demand> demand;
    /** Baskets per week, of each product and of the shop; null when the orders were not derived by week. */
    private final Map<String, WeeklyBaskets> productWeeks;
    private final WeeklyBaskets shopWeeks;
    private final RepeatHabits repeatHabits;
    private final Double carryover;
    /** What sells as of the derivation (its products' {@code popularity}): with no weekly baskets, for any time. */
    private final Popularity latest;
    /** What sells as of a week, computed once per week asked for (this snapshot is immutable). */
    private final Map<Long, Popularity> popularityByWeek = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int WEEKS_REMEMBERED = 520;

    private ProductGraph(Map<String, List<String>> categories, Map<String, List<String>> upgrades,
                         Map<String, List<Pairing>> pairings, Map<String, List<CoPurchase>> coPurchases,
                         Map<String, List<Family>> familiesOf, Map<String, List<Solution>> solutionsOf,
                         Map<String, Demand> demand, Map<String, WeeklyBaskets> productWeeks, WeeklyBaskets shopWeeks,
                         RepeatHabits repeatHabits, Double carryover) {
        this.categories = categories;
        this.upgrades = upgrades;
        this.pairings = pairings;
        this.coPurchases = coPurchases;
        this.familiesOf = familiesOf;
        this.solutionsOf = solutionsOf;
        this.demand = demand;
        this.productWeeks = productWeeks;
        this.shopWeeks = shopWeeks;
        this.repeatHabits = repeatHabits;
        this.carryover = carryover;
        Map<String, Popularity.Share> shares = new HashMap<>();
        demand.forEach((sku, d) -> shares.put(sku, new Popularity.Share(d.popularity(), d.recentPopularity())));
        this.latest = new Popularity(shares, this::categories, TrendWeight.UNLEARNED);
    }

    /** Reads the whole product side of the graph: three statements in one read transaction. */
    static ProductGraph load(Graph graph) {
        return graph.readTransaction(tx -> {
            Map<String, List<String>> categories = new HashMap<>();
            Map<String, List<String>> upgrades = new HashMap<>();
            Map<String, List<Pairing>> pairings = new HashMap<>();
            Map<String, List<CoPurchase>> coPurchases = new HashMap<>();
            Map<String, Demand> demand = new HashMap<>();
            Map<String, WeeklyBaskets> productWeeks = new HashMap<>();
            for (var record : tx.run(PRODUCTS).list()) {
                String sku = record.get("sku").asString();
                putIfAny(categories, sku, record.get("categories").asList(Value::asString));
                putIfAny(upgrades, sku, record.get("upgrades").asList(Value::asString));
                putIfAny(pairings, sku, record.get("pairings").asList(v -> new Pairing(v.get("sku").asString(),
                        v.get("strength").isNull() ? null : v.get("strength").asDouble())));
                putIfAny(coPurchases, sku, record.get("coPurchases").asList(v -> new CoPurchase(
                        v.get("sku").asString(), v.get("lift").asDouble(),
                        v.get("support").isNull() ? null : v.get("support").asDouble(),
                        v.get("confidence").isNull() ? null : v.get("confidence").asDouble())));
                if (!record.get("popularity").isNull()) {
                    demand.put(sku, new Demand(record.get("popularity").asDouble(),
                            record.get("recentPopularity").asDouble(0),
                            record.get("repeatDays").isNull() ? null : record.get("repeatDays").asInt()));
                }
                if (!record.get("fromWeek").isNull() && !record.get("weekly").isNull()) {
                    productWeeks.put(sku, WeeklyBaskets.of(record.get("fromWeek").asLong(),
                            record.get("weekly").asList(Value::asLong)));
                }
            }
            Map<String, List<Family>> familiesOf = new HashMap<>();
            for (var record : tx.run(FAMILIES).list()) {
                Family family = new Family(record.get("id").asString(null), record.get("name").asString(null),
                        record.get("members").asList(Value::asString));
                family.members().forEach(sku -> familiesOf.computeIfAbsent(sku, k -> new ArrayList<>()).add(family));
            }
            Map<String, List<Solution>> solutionsOf = new HashMap<>();
            for (var record : tx.run(SOLUTIONS).list()) {
                Solution solution = new Solution(record.get("id").asString(null), record.get("name").asString(null),
                        record.get("parts").asList(v -> new Part(v.get("sku").asString(), v.get("role").asString(null),
                                v.get("optional").asBoolean(false))));
                solution.parts().forEach(part ->
                        solutionsOf.computeIfAbsent(part.sku(), k -> new ArrayList<>()).add(solution));
            }
            var shop = tx.run(SHOP_WEEKS).list();
            WeeklyBaskets shopWeeks = shop.isEmpty() || shop.getFirst().get("weekly").isNull() ? null
                    : WeeklyBaskets.of(shop.getFirst().get("fromWeek").asLong(),
                            shop.getFirst().get("weekly").asList(Value::asLong));
            RepeatHabits habits = shop.isEmpty() ? RepeatHabits.UNKNOWN : new RepeatHabits(
                    shop.getFirst().get("priorOrders").isNull() ? null : shop.getFirst().get("priorOrders").asDouble(),
                    shop.getFirst().get("dueShare").isNull() ? null : shop.getFirst().get("dueShare").asDouble());
            Double carryover = shop.isEmpty() || shop.getFirst().get("carryover").isNull() ? null
                    : shop.getFirst().get("carryover").asDouble();
            return new ProductGraph(categories, upgrades, pairings, coPurchases, familiesOf, solutionsOf, demand,
                    productWeeks, shopWeeks, habits, carryover);
        });
    }

    private static <T> void putIfAny(Map<String, List<T>> map, String sku, List<T> values) {
        if (!values.isEmpty()) {
            map.put(sku, values);
        }
    }

    /** The ids of the product's categories. */
    public List<String> categories(String sku) {
        return categories.getOrDefault(sku, List.of());
    }

    /** The skus one {@code UPGRADES_TO} step above the product (premium or not). */
    public List<String> upgrades(String sku) {
        return upgrades.getOrDefault(sku, List.of());
    }

    public List<Pairing> pairings(String sku) {
        return pairings.getOrDefault(sku, List.of());
    }

    public List<CoPurchase> coPurchases(String sku) {
        return coPurchases.getOrDefault(sku, List.of());
    }

    /** The families the product is part of (once per {@code PART_OF} edge). */
    public List<Family> familiesOf(String sku) {
        return familiesOf.getOrDefault(sku, List.of());
    }

    /** The solutions that need the product (once per {@code NEEDS} edge). */
    public List<Solution> solutionsOf(String sku) {
        return solutionsOf.getOrDefault(sku, List.of());
    }

    /** What orders say of the product; zero popularity and no repeat cycle when they say nothing. */
    public Demand demand(String sku) {
        return demand.getOrDefault(sku, Demand.NONE);
    }

    /**
     * How much of a co-purchase's pull a product bought in an earlier order carries into the next one, as
     * {@code recomputeCoPurchases} learned it from the orders; all of it (1) until it has.
     */
    public double carryover() {
        return carryover == null ? 1.0 : carryover;
    }

    /** How the shop's customers buy again, as {@code recomputeCoPurchases} learned it from the orders. */
    public RepeatHabits repeatHabits() {
        return repeatHabits;
    }

    /**
     * What sells as of {@code at}: the shares of the year and the four weeks before its week, from the weekly baskets;
     * after the last week with orders, as of then (a history imported years later still has its best sellers). With
     * no weekly baskets (the demo seed's figures, written by hand), the products' {@code popularity} for any time.
     */
    public Popularity popularityAt(java.time.Instant at) {
        if (shopWeeks == null) {
            return latest;
        }
        long week = Math.min(WeeklyBaskets.weekOf(at), shopWeeks.endWeek());
        if (popularityByWeek.size() > WEEKS_REMEMBERED) {
            popularityByWeek.clear();
        }
        return popularityByWeek.computeIfAbsent(week,
                w -> Popularity.before(w, shopWeeks, productWeeks, this::categories));
    }

    /** Whether the product shares a category with {@code covered}. */
    public boolean inAnyOf(String sku, Set<String> covered) {
        for (String category : categories(sku)) {
            if (covered.contains(category)) {
                return true;
            }
        }
        return false;
    }
}
