package dev.crosswise.catalog;

import dev.crosswise.graph.Graph;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Reads products from the graph. */
@Repository
public class Catalog {

    /** The one projection of a product node, reused by every query that returns products (`p` is the node). */
    public static final String PRODUCT_PROJECTION = """
            p {.sku, .name, .price, .margin, .stock, .level, .premium, .consumable, .giftable, .minTier, .season,
               .launchedAt, .cycleDays, .ageFrom, .ageTo,
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
}
