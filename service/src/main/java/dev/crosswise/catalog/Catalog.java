package dev.crosswise.catalog;

import dev.crosswise.graph.Graph;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Reads products from the graph. */
@Repository
public class Catalog {

    /**
     * The one projection of a product node, reused by every query that returns products (`p` is the node). All its
     * properties: read in one pass over the node's properties, where naming fifteen looks each up on its own.
     */
    public static final String PRODUCT_PROJECTION = """
            p {.*,
               category: [(p)-[:IN_CATEGORY]->(cat) | cat.id][0],
               family: [(p)-[:PART_OF]->(fam) | fam.id][0]}""";

    private final Graph graph;

    Catalog(Graph graph) {
        this.graph = graph;
    }

    public Optional<Product> find(String sku) {
        var records = graph.read("MATCH (p:Product {sku: $sku}) RETURN " + PRODUCT_PROJECTION + " AS product",
                Map.of("sku", sku)).records();
        return records.stream().findFirst().map(r -> Product.from(r.get("product")));
    }

    /** The products of these skus that exist, in one round trip, by sku. */
    public Map<String, Product> findAll(Collection<String> skus) {
        var result = graph.read("""
                UNWIND $skus AS sku
                MATCH (p:Product {sku: sku})
                RETURN %s AS product
                """.formatted(PRODUCT_PROJECTION), Map.of("skus", List.copyOf(skus)));
        Map<String, Product> products = new HashMap<>();
        result.records().forEach(r -> {
            Product product = Product.from(r.get("product"));
            products.put(product.sku(), product);
        });
        return products;
    }

    /** The upgrade targets of many products in one round trip (GraphQL batch loading), by sku. */
    public Map<String, List<Product>> upgradesOf(Collection<String> skus) {
        var result = graph.read("""
                UNWIND $skus AS sku
                MATCH (:Product {sku: sku})-[:UPGRADES_TO]->(p:Product)
                WITH sku, p ORDER BY p.sku
                RETURN sku, collect(%s) AS products
                """.formatted(PRODUCT_PROJECTION), Map.of("skus", List.copyOf(skus)));
        Map<String, List<Product>> upgrades = new HashMap<>();
        result.records().forEach(r -> upgrades.put(r.get("sku").asString(), r.get("products").asList(Product::from)));
        return upgrades;
    }

    /** The merchandiser's pairings of many products in one round trip, strongest first, by sku. */
    public Map<String, List<Complement>> complementsOf(Collection<String> skus) {
        var result = graph.read("""
                UNWIND $skus AS sku
                MATCH (:Product {sku: sku})-[c:COMPLEMENTS]->(p:Product)
                WITH sku, c, p ORDER BY c.strength DESC, p.sku
                RETURN sku, collect({product: %s, strength: c.strength}) AS complements
                """.formatted(PRODUCT_PROJECTION), Map.of("skus", List.copyOf(skus)));
        Map<String, List<Complement>> complements = new HashMap<>();
        result.records().forEach(r -> complements.put(r.get("sku").asString(), r.get("complements").asList(
                v -> new Complement(Product.from(v.get("product")), v.get("strength").asDouble(0)))));
        return complements;
    }
}
