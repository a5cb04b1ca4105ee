package dev.crosswise.catalog;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.api.NotFoundException;
import dev.crosswise.graph.Graph;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Creates or updates a product and its relationships in one write transaction ({@code Mutation.upsertProduct}).
 * Properties left out keep their value; a category or family must already exist (the taxonomy is curated in the
 * versioned seed files, so a typo never forks it); upgrade targets and complements, when given, replace the
 * current ones.
 */
@Service
public class ProductUpserts {

    private static final String CHECK = """
            OPTIONAL MATCH (p:Product {sku: $sku})
            RETURN p IS NOT NULL AS exists,
                   $category IS NULL OR EXISTS { (:Category {id: $category}) } AS categoryExists,
                   $family IS NULL OR EXISTS { (:Family {id: $family}) } AS familyExists,
                   [s IN $upgradesTo WHERE NOT EXISTS { (:Product {sku: s}) }] AS missingUpgrades,
                   [s IN $complementSkus WHERE NOT EXISTS { (:Product {sku: s}) }] AS missingComplements
            """;

    private static final String MERGE_PRODUCT = """
            MERGE (p:Product {sku: $sku})
            ON CREATE SET p += $defaults
            SET p += $changes
            """;

    private static final String SET_CATEGORY = """
            MATCH (p:Product {sku: $sku}), (c:Category {id: $category})
            OPTIONAL MATCH (p)-[old:IN_CATEGORY]->(other) WHERE other <> c
            DELETE old
            WITH DISTINCT p, c
            MERGE (p)-[:IN_CATEGORY]->(c)
            """;

    private static final String SET_FAMILY = """
            MATCH (p:Product {sku: $sku}), (f:Family {id: $family})
            OPTIONAL MATCH (p)-[old:PART_OF]->(other) WHERE other <> f
            DELETE old
            WITH DISTINCT p, f
            MERGE (p)-[:PART_OF]->(f)
            """;

    private static final String SET_UPGRADES = """
            MATCH (p:Product {sku: $sku})
            OPTIONAL MATCH (p)-[old:UPGRADES_TO]->(other) WHERE NOT other.sku IN $upgradesTo
            DELETE old
            WITH DISTINCT p
            UNWIND $upgradesTo AS target
            MATCH (t:Product {sku: target})
            MERGE (p)-[:UPGRADES_TO]->(t)
            """;

    private static final String SET_COMPLEMENTS = """
            MATCH (p:Product {sku: $sku})
            OPTIONAL MATCH (p)-[old:COMPLEMENTS]->(other) WHERE NOT other.sku IN [c IN $complements | c.sku]
            DELETE old
            WITH DISTINCT p
            UNWIND $complements AS complement
            MATCH (t:Product {sku: complement.sku})
            MERGE (p)-[c:COMPLEMENTS]->(t)
            SET c.strength = complement.strength
            """;

    private static final String READ = "MATCH (p:Product {sku: $sku}) RETURN " + Catalog.PRODUCT_PROJECTION + " AS product";

    private final Graph graph;
    private final CatalogCache cache;

    ProductUpserts(Graph graph, CatalogCache cache) {
        this.graph = graph;
        this.cache = cache;
    }

    public Product upsert(ProductInput input) {
        validate(input);
        Map<String, Object> parameters = parameters(input);
        try (var session = graph.session()) {
            return session.executeWrite(tx -> upsert(tx, input, parameters));
        } finally {
            // seen by the next decision even where no change feed reports it (an external Neo4j)
            cache.evict(List.of(input.sku()));
            cache.evictProductGraph();
        }
    }

    private static Product upsert(TransactionContext tx, ProductInput input, Map<String, Object> parameters) {
        var check = tx.run(CHECK, parameters).single();
        if (!check.get("exists").asBoolean()) {
            requireForNew("name", input.name());
            requireForNew("price", input.price());
            requireForNew("margin", input.margin());
        }
        if (!check.get("categoryExists").asBoolean()) {
            throw new NotFoundException("input.category", "Category '" + input.category()
                    + "' not found: categories come from the seed files; check the id");
        }
        if (!check.get("familyExists").asBoolean()) {
            throw new NotFoundException("input.family", "Family '" + input.family()
                    + "' not found: families come from the seed files; check the id");
        }
        missing(check.get("missingUpgrades"), "input.upgradesTo");
        missing(check.get("missingComplements"), "input.complements");

        tx.run(MERGE_PRODUCT, parameters).consume();
        if (input.category() != null) {
            tx.run(SET_CATEGORY, parameters).consume();
        }
        if (input.family() != null) {
            tx.run(SET_FAMILY, parameters).consume();
        }
        if (input.upgradesTo() != null) {
            tx.run(SET_UPGRADES, parameters).consume();
        }
        if (input.complements() != null) {
            tx.run(SET_COMPLEMENTS, parameters).consume();
        }
        return Product.from(tx.run(READ, parameters).single().get("product"));
    }

    private static void requireForNew(String field, Object value) {
        if (value == null) {
            throw new BadRequestException("input." + field, field + " is required for a new product");
        }
    }

    private static void missing(Value skus, String field) {
        if (!skus.isEmpty()) {
            throw new NotFoundException(field, "Products not found: " + String.join(", ", skus.asList(Value::asString)));
        }
    }

    static void validate(ProductInput input) {
        if (input.sku() == null || input.sku().isBlank()) {
            throw new BadRequestException("input.sku", "sku must not be blank");
        }
        if (input.name() != null && input.name().isBlank()) {
            throw new BadRequestException("input.name", "name must not be blank");
        }
        if (input.price() != null && !(input.price() >= 0 && input.price() <= Product.MAX_PRICE)) {
            throw new BadRequestException("input.price", "price must be 0.." + (long) Product.MAX_PRICE + ", got "
                    + input.price());
        }
        if (input.margin() != null && !(input.margin() >= 0 && input.margin() <= 1)) {
            throw new BadRequestException("input.margin", "margin is a fraction of the price, 0..1, got " + input.margin());
        }
        if (input.stock() != null && input.stock() < 0) {
            throw new BadRequestException("input.stock", "stock must be at least 0, got " + input.stock());
        }
        if (input.cycleDays() != null && input.cycleDays() < 1) {
            throw new BadRequestException("input.cycleDays", "cycleDays must be at least 1, got " + input.cycleDays());
        }
        if (input.ageFrom() != null && input.ageFrom() < 0) {
            throw new BadRequestException("input.ageFrom", "ageFrom must be at least 0, got " + input.ageFrom());
        }
        if (input.ageFrom() != null && input.ageTo() != null && input.ageTo() < input.ageFrom()) {
            throw new BadRequestException("input.ageTo", "ageTo must not be below ageFrom");
        }
        if (input.upgradesTo() != null && input.upgradesTo().contains(input.sku())) {
            throw new BadRequestException("input.upgradesTo", "a product cannot upgrade to itself");
        }
        CardFields.validate(input);
        List<ProductInput.ComplementInput> complements = input.complements() == null ? List.of() : input.complements();
        for (int i = 0; i < complements.size(); i++) {
            var complement = complements.get(i);
            if (complement.sku().equals(input.sku())) {
                throw new BadRequestException("input.complements[" + i + "].sku", "a product cannot complement itself");
            }
            if (!(complement.strength() >= 0 && complement.strength() <= 1)) {
                throw new BadRequestException("input.complements[" + i + "].strength",
                        "strength must be 0..1, got " + complement.strength());
            }
        }
    }

    private static Map<String, Object> parameters(ProductInput input) {
        Map<String, Object> changes = new HashMap<>();
        putIfGiven(changes, "name", input.name());
        putIfGiven(changes, "price", input.price());
        putIfGiven(changes, "margin", input.margin());
        putIfGiven(changes, "stock", input.stock());
        putIfGiven(changes, "level", input.level() == null ? null : input.level().name());
        putIfGiven(changes, "premium", input.premium());
        putIfGiven(changes, "consumable", input.consumable());
        putIfGiven(changes, "cycleDays", input.cycleDays());
        putIfGiven(changes, "season", input.season() == null ? null : input.season().name());
        putIfGiven(changes, "minTier", input.minTier() == null ? null : input.minTier().name());
        putIfGiven(changes, "giftable", input.giftable());
        putIfGiven(changes, "ageFrom", input.ageFrom());
        putIfGiven(changes, "ageTo", input.ageTo());
        putIfGiven(changes, "launchedAt", input.launchedAt() == null ? null
                : input.launchedAt().atZoneSameInstant(ZoneOffset.UTC));
        CardFields.changes(input, changes);

        List<String> upgradesTo = input.upgradesTo() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(input.upgradesTo()));
        List<Map<String, Object>> complements = new ArrayList<>();
        if (input.complements() != null) {
            input.complements().forEach(c -> complements.add(Map.of("sku", c.sku(), "strength", c.strength())));
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("sku", input.sku());
        parameters.put("category", input.category());
        parameters.put("family", input.family());
        parameters.put("upgradesTo", upgradesTo);
        parameters.put("complements", complements);
        parameters.put("complementSkus", complements.stream().map(c -> c.get("sku")).distinct().toList());
        parameters.put("defaults", Map.of("premium", false, "consumable", false, "giftable", false));
        parameters.put("changes", changes);
        return parameters;
    }

    private static void putIfGiven(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
