package dev.crosswise.attribution;

import dev.crosswise.catalog.Catalog;
import dev.crosswise.catalog.Product;
import dev.crosswise.decision.Placement;
import dev.crosswise.graph.Graph;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Reads customers' credited purchases ({@code Customer.attributions}). */
@Repository
public class CreditedPurchases {

    private static final String OF_CUSTOMERS = """
            UNWIND $customerIds AS customerId
            MATCH (:Customer {id: customerId})-[:DID]->(e:Event)-[a:ATTRIBUTED_TO]->(d:Decision)
            MATCH (e)-[:ABOUT]->(p:Product)
            WITH customerId, e, a, d, p ORDER BY e.at DESC, e.id
            RETURN customerId, collect({event: e {.id, .orderId, .at}, credit: a {.*}, decisionId: d.id,
                                        product: %s}) AS credits
            """.formatted(Catalog.PRODUCT_PROJECTION);

    private final Graph graph;

    CreditedPurchases(Graph graph) {
        this.graph = graph;
    }

    /** Credited purchases of each customer, newest first; customers without any are absent. */
    public Map<String, List<CreditedPurchase>> ofCustomers(Collection<String> customerIds) {
        Map<String, List<CreditedPurchase>> credits = new HashMap<>();
        graph.read(OF_CUSTOMERS, Map.of("customerIds", List.copyOf(customerIds))).records().forEach(row ->
                credits.put(row.get("customerId").asString(), row.get("credits").asList(CreditedPurchases::credit)));
        return credits;
    }

    private static CreditedPurchase credit(Value row) {
        Value event = row.get("event");
        Value credit = row.get("credit");
        return new CreditedPurchase(event.get("id").asString(), event.get("orderId").asString(null),
                utc(event.get("at")), Product.from(row.get("product")), credit.get("revenue").asDouble(),
                credit.get("margin").isNull() ? null : credit.get("margin").asDouble(),
                AttributionWindow.valueOf(credit.get("window").asString()), row.get("decisionId").asString(),
                utc(credit.get("exposedAt")), credit.get("clickedAt").isNull() ? null : utc(credit.get("clickedAt")),
                credit.get("rank").asInt(), Strategy.valueOf(credit.get("strategy").asString()),
                credit.get("moment").isNull() ? null : Moment.valueOf(credit.get("moment").asString()),
                Channel.valueOf(credit.get("channel").asString()),
                credit.get("placement").isNull() ? null : Placement.valueOf(credit.get("placement").asString()),
                credit.get("rule").asString(null), credit.get("returned").asBoolean(false));
    }

    private static OffsetDateTime utc(Value value) {
        return value.asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
