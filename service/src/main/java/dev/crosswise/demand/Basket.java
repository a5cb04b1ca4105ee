package dev.crosswise.demand;

import dev.crosswise.graph.Graph;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * One order as the derivations from orders see it: whose, when (its first purchase event; null if none says), and its
 * distinct products.
 * Co-purchases, popularity and repeat cycles are all counted from one read of every basket ({@link #readAll}).
 */
public record Basket(String customerId, String orderId, Instant at, List<String> skus) {

    /** Every basket with its distinct products; a basket whose events name no product still counts among all. */
    static final String ALL = Graph.compact("""
            MATCH (c:Customer)-[:DID]->(e:Event)
            WHERE e.type = 'PURCHASE' AND e.orderId IS NOT NULL
            OPTIONAL MATCH (e)-[:ABOUT]->(p:Product)
            WITH c, e.orderId AS orderId, min(e.at) AS at, collect(DISTINCT p.sku) AS skus
            RETURN c.id AS customerId, orderId, at, skus
            """);

    /**
     * Each customer's dated orders, oldest first (same time: by order id), for the customers with two or more: what
     * the learnings that predict a customer's next order from their earlier ones walk.
     */
    public static List<List<Basket>> returningCustomersInOrder(List<Basket> baskets) {
        java.util.Map<String, List<Basket>> byCustomer = new java.util.HashMap<>();
        for (Basket basket : baskets) {
            if (basket.at() != null) {
                byCustomer.computeIfAbsent(basket.customerId(), k -> new java.util.ArrayList<>()).add(basket);
            }
        }
        List<List<Basket>> histories = new java.util.ArrayList<>();
        for (List<Basket> orders : byCustomer.values()) {
            if (orders.size() > 1) {
                orders.sort(java.util.Comparator.comparing(Basket::at).thenComparing(Basket::orderId));
                histories.add(orders);
            }
        }
        return histories;
    }

    /** Streams every basket of the graph, in the read transaction {@code tx}. */
    public static void readAll(TransactionContext tx, Consumer<Basket> each) {
        tx.run(ALL).forEachRemaining(r -> each.accept(new Basket(r.get("customerId").asString(),
                r.get("orderId").asString(), r.get("at").isNull() ? null : r.get("at").asZonedDateTime().toInstant(),
                r.get("skus").asList(Value::asString))));
    }
}
