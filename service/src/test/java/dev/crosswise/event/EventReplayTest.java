package dev.crosswise.event;

import static dev.crosswise.TestShop.count;
import static dev.crosswise.TestShop.ok;
import static dev.crosswise.TestShop.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import dev.crosswise.graph.TestGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A producer that resends what it already sent (after a timeout, a crash, a redeploy) does no harm: replaying a
 * whole stream of mixed events, shuffled, from several concurrent writers, answers duplicate for each and changes
 * no count and no property.
 */
class EventReplayTest extends CrosswiseHttpTest {

    private static final int WRITERS = 4;

    @Test
    void replayingAStreamShuffledFromConcurrentWritersChangesNothing() throws Exception {
        TestShop shop = new TestShop(graphQl);
        List<String> customers = List.of(shop.newCustomer(), shop.newCustomer(), shop.newCustomer());
        List<String> skus = List.of(shop.newProduct(20.0), shop.newProduct(35.0), shop.newProduct(12.5));
        List<Map<String, Object>> stream = new ArrayList<>();
        for (String customer : customers) {
            String order = unique("O");
            stream.add(Map.of("eventId", unique("E"), "type", "PURCHASE", "customerId", customer, "sku", skus.get(0),
                    "orderId", order, "at", "2026-11-10T10:00:00Z", "quantity", 2));
            stream.add(Map.of("eventId", unique("E"), "type", "PURCHASE", "customerId", customer, "sku", skus.get(1),
                    "orderId", order, "at", "2026-11-10T10:00:00Z"));
            for (int i = 0; i < 3; i++) {
                stream.add(Map.of("eventId", unique("E"), "type", "VIEW", "customerId", customer, "sku", skus.get(2),
                        "at", "2026-11-1" + (i + 2) + "T09:00:00Z"));
            }
            stream.add(Map.of("eventId", unique("E"), "type", "CART_ADD", "customerId", customer, "sku", skus.get(2),
                    "at", "2026-11-15T09:00:00Z"));
            stream.add(Map.of("eventId", unique("E"), "type", "USAGE", "customerId", customer, "sku", skus.get(0),
                    "usagePercent", 60.0, "at", "2026-11-18T09:00:00Z"));
            stream.add(Map.of("eventId", unique("E"), "type", "VISIT", "customerId", customer,
                    "at", "2026-11-19T09:00:00Z"));
        }
        for (var event : stream) {
            assertThat((Boolean) ok(shop.recordEvent(event)).field("recordEvent.duplicate").getValue()).isFalse();
        }
        Snapshot before = Snapshot.of(customers);

        for (int round = 0; round < 2; round++) {
            List<Map<String, Object>> shuffled = new ArrayList<>(stream);
            Collections.shuffle(shuffled);
            List<Future<Boolean>> duplicates = new ArrayList<>();
            try (ExecutorService writers = Executors.newFixedThreadPool(WRITERS)) {
                for (var event : shuffled) {
                    duplicates.add(writers.submit(() ->
                            ok(shop.recordEvent(event)).field("recordEvent.duplicate").<Boolean>getValue()));
                }
            }
            for (var duplicate : duplicates) {
                assertThat(duplicate.get()).isTrue();
            }
        }

        assertThat(Snapshot.of(customers)).isEqualTo(before);
    }

    /** Everything a replay could change: global counts, and each customer's properties and relationships. */
    record Snapshot(long nodes, long relationships, List<Map<String, Object>> customers) {
        static Snapshot of(List<String> ids) {
            var rows = TestGraph.get().graph().read("""
                    MATCH (c:Customer) WHERE c.id IN $ids
                    OPTIONAL MATCH (c)-[r]-(x)
                    WITH c, r, x ORDER BY type(r), coalesce(x.id, x.sku), elementId(r)
                    RETURN c.id AS id, properties(c) AS customer,
                           collect({type: type(r), other: coalesce(x.id, x.sku), properties: properties(r)}) AS links
                    ORDER BY id""", Map.of("ids", ids)).records().stream()
                    .map(r -> Map.<String, Object>of("id", r.get("id").asString(), "customer", r.get("customer").asMap(),
                            "links", r.get("links").asList(v -> v.asMap())))
                    .toList();
            return new Snapshot(count("MATCH (n) RETURN count(n)", Map.of()),
                    count("MATCH ()-[r]->() RETURN count(r)", Map.of()), rows);
        }
    }
}
