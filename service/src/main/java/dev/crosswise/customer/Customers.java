package dev.crosswise.customer;

import dev.crosswise.catalog.Catalog;
import dev.crosswise.catalog.Product;
import dev.crosswise.graph.Graph;
import dev.crosswise.rules.facts.Tier;
import java.time.OffsetDateTime;
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
        return graph.read("MATCH (c:Customer {id: $id}) RETURN c {.*} AS customer",
                        Map.of("id", id)).records().stream().findFirst()
                .map(r -> from(r.get("customer")));
    }

    /** Many customers in one round trip (GraphQL batch loading), by id; unknown ids are left out. */
    public Map<String, Customer> findAll(Collection<String> ids) {
        Map<String, Customer> found = new HashMap<>();
        graph.read("UNWIND $ids AS id MATCH (c:Customer {id: id}) RETURN c {.*} AS customer",
                        Map.of("ids", List.copyOf(ids))).records()
                .forEach(r -> found.put(r.get("customer").get("id").asString(), from(r.get("customer"))));
        return found;
    }

    /** Reads a map of the customer node's properties ({@code c {.*}}). */
    public static Customer from(Value map) {
        return new Customer(map.get("id").asString(), map.get("name").asString(map.get("id").asString()),
                Tier.valueOf(map.get("tier").asString("BRONZE")), map.get("points").asLong(0),
                map.get("spend").asDouble(0),
                new Customer.Consents(map.get("consentEmail").asBoolean(false), map.get("consentSms").asBoolean(false),
                        map.get("consentMobile").asBoolean(false), map.get("consentDirect").asBoolean(false)),
                map.get("optedOut").asBoolean(false), map.get("timeZone").asString(null),
                map.get("joinedAt").isNull() ? null : utc(map.get("joinedAt")),
                map.get("childBirthYears").isNull() ? List.of() : map.get("childBirthYears").asList(Value::asInt));
    }

    private static OffsetDateTime utc(Value dateTime) {
        return dateTime.asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Ownership of many customers in one round trip (GraphQL batch loading), newest first. */
    public Map<String, List<Ownership>> ownershipOf(Collection<String> customerIds) {
        var result = graph.read("""
                UNWIND $ids AS id
                MATCH (:Customer {id: id})-[o:OWNS]->(p:Product)
                WITH id, o, p ORDER BY o.at DESC
                RETURN id, collect({product: %s, since: o.at, usagePercent: o.usagePercent, orderId: o.orderId,
                       quantity: o.quantity, price: o.price, gift: o.gift, returned: o.returned}) AS owns
                """.formatted(Catalog.PRODUCT_PROJECTION), Map.of("ids", List.copyOf(customerIds)));
        Map<String, List<Ownership>> owns = new HashMap<>();
        result.records().forEach(r -> owns.put(r.get("id").asString(), r.get("owns").asList(v -> new Ownership(
                Product.from(v.get("product")),
                utc(v.get("since")),
                v.get("usagePercent").isNull() ? null : v.get("usagePercent").asDouble(),
                v.get("orderId").asString(null),
                v.get("quantity").isNull() ? null : v.get("quantity").asInt(),
                v.get("price").isNull() ? null : v.get("price").asDouble(),
                v.get("gift").asBoolean(false), v.get("returned").asBoolean(false)))));
        return owns;
    }
}
