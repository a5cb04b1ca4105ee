package dev.crosswise.customer;

import dev.crosswise.catalog.Catalog;
import dev.crosswise.catalog.Product;
import dev.crosswise.graph.Graph;
import dev.crosswise.rules.facts.Tier;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Reads customers and what they own. */
@Repository
public class Customers {

    private final Graph graph;

    Customers(Graph graph) {
        this.graph = graph;
    }

    public Optional<Customer> find(String id) {
        return graph.read("MATCH (c:Customer {id: $id}) RETURN c {.id, .name, .tier, .points} AS customer",
                        Map.of("id", id)).records().stream().findFirst()
                .map(r -> from(r.get("customer")));
    }

    public static Customer from(Value map) {
        return new Customer(map.get("id").asString(), map.get("name").asString(map.get("id").asString()),
                Tier.valueOf(map.get("tier").asString("BRONZE")), map.get("points").asLong(0));
    }

    /** Ownership of many customers in one round trip (GraphQL batch loading), newest first. */
    public Map<String, List<Ownership>> ownershipOf(Collection<String> customerIds) {
        var result = graph.read("""
                UNWIND $ids AS id
                MATCH (:Customer {id: id})-[o:OWNS]->(p:Product)
                WITH id, o, p ORDER BY o.at DESC
                RETURN id, collect({product: %s, since: o.at, usagePercent: o.usagePercent}) AS owns
                """.formatted(Catalog.PRODUCT_PROJECTION), Map.of("ids", List.copyOf(customerIds)));
        Map<String, List<Ownership>> owns = new HashMap<>();
        result.records().forEach(r -> owns.put(r.get("id").asString(), r.get("owns").asList(v -> new Ownership(
                Product.from(v.get("product")),
                v.get("since").asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC),
                v.get("usagePercent").isNull() ? null : v.get("usagePercent").asDouble()))));
        return owns;
    }
}
