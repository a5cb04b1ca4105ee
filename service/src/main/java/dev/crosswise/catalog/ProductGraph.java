package dev.crosswise.catalog;

import dev.crosswise.graph.Graph;
import java.util.ArrayList;
import java.util.Comparator;
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
     * the last year ({@code popularity}) and of the last four weeks ({@code recentPopularity}), and after how many
     * days its buyers typically buy it again ({@code repeatDays}, null when too few do).
     */
    public record Demand(double popularity, double recentPopularity, Integer repeatDays) {

        static final Demand NONE = new Demand(0, 0, null);

        /** How much more often it sells lately than over the year (1 = as usual). */
        public double trend() {
            return popularity <= 0 ? 0 : recentPopularity / popularity;
        }
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
                   p.popularity AS popularity, p.recentPopularity AS recentPopularity, p.repeatDays AS repeatDays
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
    /** Products that sold in the last year, best seller first (equal shares by sku). */
    private final List<String> bestSellers;
    /** The same, per category. */
    private final Map<String, List<String>> bestSellersByCategory;

    private ProductGraph(Map<String, List<String>> categories, Map<String, List<String>> upgrades,
                         Map<String, List<Pairing>> pairings, Map<String, List<CoPurchase>> coPurchases,
                         Map<String, List<Family>> familiesOf, Map<String, List<Solution>> solutionsOf,
                         Map<String, Demand> demand) {
        this.categories = categories;
        this.upgrades = upgrades;
        this.pairings = pairings;
        this.coPurchases = coPurchases;
        this.familiesOf = familiesOf;
        this.solutionsOf = solutionsOf;
        this.demand = demand;
        this.bestSellers = demand.entrySet().stream().filter(e -> e.getValue().popularity() > 0)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Demand> e) -> e.getValue().popularity()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        Map<String, List<String>> byCategory = new HashMap<>();
        for (String sku : bestSellers) {
            categories(sku).forEach(category -> byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(sku));
        }
        this.bestSellersByCategory = byCategory;
    }

    /** Reads the whole product side of the graph: three statements in one read transaction. */
    static ProductGraph load(Graph graph) {
        return graph.readTransaction(tx -> {
            Map<String, List<String>> categories = new HashMap<>();
            Map<String, List<String>> upgrades = new HashMap<>();
            Map<String, List<Pairing>> pairings = new HashMap<>();
            Map<String, List<CoPurchase>> coPurchases = new HashMap<>();
            Map<String, Demand> demand = new HashMap<>();
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
            return new ProductGraph(categories, upgrades, pairings, coPurchases, familiesOf, solutionsOf, demand);
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

    /** Products that sold in the last year, best seller first. */
    public List<String> bestSellers() {
        return bestSellers;
    }

    /** The category's products that sold in the last year, best seller first. */
    public List<String> bestSellers(String category) {
        return bestSellersByCategory.getOrDefault(category, List.of());
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
