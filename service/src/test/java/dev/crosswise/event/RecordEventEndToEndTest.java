package dev.crosswise.event;

import static dev.crosswise.TestShop.count;
import static dev.crosswise.TestShop.ok;
import static dev.crosswise.TestShop.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import dev.crosswise.graph.TestGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** recordEvent over real HTTP: each event type's effect, idempotency on the event id, and rejected input. */
class RecordEventEndToEndTest extends CrosswiseHttpTest {

    private TestShop shop;
    private String customer;
    private String sku;

    @BeforeEach
    void freshCustomerAndProduct() {
        shop = new TestShop(graphQl);
        customer = shop.newCustomer();
        sku = shop.newProduct(25.0);
    }

    @Test
    void aPurchaseMakesTheCustomerAnOwnerAndAddsToSpendAndPoints() {
        var response = ok(record(purchase(unique("E")).with("quantity", 2).with("price", 10.5).with("gift", true)
                .with("channel", "WEB")));

        assertThat((Boolean) response.field("recordEvent.duplicate").getValue()).isFalse();
        Map<String, Object> event = response.field("recordEvent.event").getValue();
        assertThat(event).containsEntry("type", "PURCHASE").containsEntry("at", "2026-11-19T10:00:00Z")
                .containsEntry("orderId", "O-1").containsEntry("quantity", 2).containsEntry("price", 10.5)
                .containsEntry("gift", true).containsEntry("channel", "WEB")
                .containsEntry("product", Map.of("sku", sku)).containsEntry("customer", Map.of("id", customer));
        assertThat(shop.ownership(customer, sku)).containsEntry("since", "2026-11-19T10:00:00Z")
                .containsEntry("orderId", "O-1").containsEntry("quantity", 2).containsEntry("price", 10.5)
                .containsEntry("gift", true).containsEntry("returned", false);
        assertThat(shop.customer(customer)).containsEntry("spend", 21.0).containsEntry("points", 21);
    }

    @Test
    void aPurchaseWithoutPriceOrQuantityIsOneUnitAtTheProductsPrice() {
        var response = ok(record(purchase(unique("E"))));

        assertThat((Map<String, Object>) response.field("recordEvent.event").getValue())
                .containsEntry("quantity", 1).containsEntry("price", 25.0).containsEntry("gift", false);
        assertThat(shop.customer(customer)).containsEntry("spend", 25.0).containsEntry("points", 25);
    }

    @Test
    void buyingAgainAddsUnitsAndKeepsTheLatestPurchaseEvenWhenEventsArriveOutOfOrder() {
        ok(record(purchase(unique("E")).with("orderId", "O-LATE").with("at", "2026-11-19T10:00:00Z")));
        ok(record(purchase(unique("E")).with("orderId", "O-EARLY").with("at", "2026-10-01T10:00:00Z").with("quantity", 2)));

        assertThat(shop.ownership(customer, sku)).containsEntry("quantity", 3).containsEntry("orderId", "O-LATE")
                .containsEntry("since", "2026-11-19T10:00:00Z");
        assertThat(ownsInGraph()).containsEntry("firstAt", "2026-10-01T10:00:00Z").containsEntry("orders", 2L);
        assertThat(shop.customer(customer)).containsEntry("spend", 75.0);
    }

    @Test
    void aFirstPurchaseIsTheFirstOfOneOrderAndAnotherLineOfTheSameOrderAddsUnitsNotAnOrder() {
        ok(record(purchase(unique("E")).with("orderId", "O-1").with("at", "2026-11-01T10:00:00Z")));
        assertThat(ownsInGraph()).containsEntry("firstAt", "2026-11-01T10:00:00Z").containsEntry("orders", 1L);

        ok(record(purchase(unique("E")).with("orderId", "O-1").with("at", "2026-11-01T10:00:00Z")));
        assertThat(ownsInGraph()).containsEntry("orders", 1L).containsEntry("quantity", 2L);

        ok(record(purchase(unique("E")).with("orderId", "O-2").with("at", "2026-11-15T10:00:00Z")));
        assertThat(ownsInGraph()).containsEntry("orders", 2L).containsEntry("quantity", 3L)
                .containsEntry("firstAt", "2026-11-01T10:00:00Z");
    }

    /** What the API does not show of OWNS: the first purchase and the number of orders, for replenishment. */
    private Map<String, Object> ownsInGraph() {
        return TestGraph.get().graph().read("""
                MATCH (:Customer {id: $customer})-[o:OWNS]->(:Product {sku: $sku})
                RETURN o {.orders, .quantity, firstAt: toString(o.firstAt)} AS o""",
                Map.of("customer", customer, "sku", sku)).records().getFirst().get("o").asMap();
    }

    @Test
    void aReturnMarksTheOwnershipReturnedAndTakesBackSpendAndPoints() {
        ok(record(purchase(unique("E"))));

        var response = ok(record(event("RETURN").with("sku", sku)));

        assertThat((Integer) response.field("recordEvent.event.quantity").getValue()).isOne();
        assertThat((Double) response.field("recordEvent.event.price").getValue()).as("refunded at the price paid")
                .isEqualTo(25.0);
        assertThat(shop.ownership(customer, sku)).containsEntry("returned", true);
        assertThat(shop.customer(customer)).containsEntry("spend", 0.0).containsEntry("points", 0);
    }

    @Test
    void returningSomeUnitsRefundsThemAtThePricePaidAndTheRestIsStillOwned() {
        ok(record(purchase(unique("E")).with("quantity", 3).with("price", 20.0)));

        ok(record(event("RETURN").with("sku", sku).with("quantity", 2)));
        assertThat(shop.ownership(customer, sku)).containsEntry("returned", false);
        assertThat(shop.customer(customer)).containsEntry("spend", 20.0).containsEntry("points", 20);

        var last = ok(record(event("RETURN").with("sku", sku).with("quantity", 5).with("price", 15.5)));
        assertThat((Integer) last.field("recordEvent.event.quantity").getValue()).as("the one unit still kept").isOne();
        assertThat((Double) last.field("recordEvent.event.price").getValue()).isEqualTo(15.5);
        assertThat(shop.ownership(customer, sku)).containsEntry("returned", true);
        assertThat(shop.customer(customer)).containsEntry("spend", 4.5).containsEntry("points", 5);

        String oneTooMany = unique("E");
        assertError(record(event("RETURN").with("eventId", oneTooMany).with("sku", sku)), "BAD_REQUEST", "input.sku",
                "returned every unit");
        assertThat(count("MATCH (e:Event {id: $e}) RETURN count(e)", Map.of("e", oneTooMany))).isZero();
    }

    @Test
    void usageUpdatesTheOwnershipButAnOlderReadingDoesNotOverwriteANewerOne() {
        ok(record(purchase(unique("E"))));

        ok(record(event("USAGE").with("sku", sku).with("usagePercent", 80.0).with("at", "2026-11-20T10:00:00Z")));
        assertThat(shop.ownership(customer, sku)).containsEntry("usagePercent", 80.0);

        ok(record(event("USAGE").with("sku", sku).with("usagePercent", 40.0).with("at", "2026-11-10T10:00:00Z")));
        assertThat(shop.ownership(customer, sku)).containsEntry("usagePercent", 80.0);
    }

    @Test
    void aTierChangeSetsTheCustomersTier() {
        var response = ok(record(event("TIER_CHANGED").with("tier", "SILVER")));

        assertThat((String) response.field("recordEvent.event.tier").getValue()).isEqualTo("SILVER");
        assertThat(shop.customer(customer)).containsEntry("tier", "SILVER");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "VIEW, sku, -, -",
            "VISIT, -, -, -",
            "CART_ADD, sku, -, -",
            "CART_REMOVE, sku, -, -",
            "CHECKOUT, -, -, -",
            "SUPPORT_OPENED, -, CASE-1, -",
            "SUPPORT_RESOLVED, sku, CASE-1, 4"})
    void signalsAreRecordedAsEventsOfTheCustomerAboutTheirProductAndChangeNothingElse(
            String type, String withSku, String caseId, Integer satisfaction) {
        String eventId = unique("E");
        var input = event(type).with("eventId", eventId).with("caseId", caseId).with("satisfaction", satisfaction)
                .with("sku", withSku == null ? null : sku);

        var response = ok(record(input));

        assertThat((String) response.field("recordEvent.event.type").getValue()).isEqualTo(type);
        assertThat(count("MATCH (:Customer {id: $c})-[:DID]->(e:Event {id: $e, type: $type}) RETURN count(e)",
                Map.of("c", customer, "e", eventId, "type", type))).isOne();
        assertThat(count("MATCH (:Event {id: $e})-[:ABOUT]->(p:Product {sku: $sku}) RETURN count(p)",
                Map.of("e", eventId, "sku", sku))).isEqualTo(withSku == null ? 0 : 1);
        assertThat(shop.customer(customer)).containsEntry("spend", 0.0).containsEntry("points", 0)
                .containsEntry("tier", "BRONZE").containsEntry("owns", List.of());
    }

    @Test
    void aReplayIsADuplicateAndChangesNothingEvenWithDifferentContent() {
        String eventId = unique("E");
        ok(record(purchase(eventId)));
        var before = shop.customer(customer);

        var replay = ok(record(purchase(eventId).with("quantity", 5).with("orderId", "O-OTHER")));

        assertThat((Boolean) replay.field("recordEvent.duplicate").getValue()).isTrue();
        assertThat((Map<String, Object>) replay.field("recordEvent.event").getValue())
                .containsEntry("quantity", 1).containsEntry("orderId", "O-1");
        assertThat(shop.customer(customer)).isEqualTo(before);
        assertThat(ownsInGraph()).containsEntry("orders", 1L).containsEntry("quantity", 1L);
        assertThat(count("MATCH (e:Event {id: $e}) RETURN count(e)", Map.of("e", eventId))).isOne();
        assertThat(count("MATCH (:Customer)-[d:DID]->(:Event {id: $e}) RETURN count(d)", Map.of("e", eventId))).isOne();
    }

    @Test
    void theSameIdForAnotherCustomerTypeOrProductIsABadRequestAndChangesNothing() {
        String eventId = unique("E");
        ok(record(purchase(eventId)));
        var before = shop.customer(customer);

        assertError(record(event("VIEW").with("eventId", eventId).with("sku", sku)), "BAD_REQUEST", "input.eventId",
                "already recorded as a PURCHASE of " + customer + " about " + sku + ", not a VIEW");
        assertError(record(purchase(eventId).with("customerId", "C-ADA")), "BAD_REQUEST", "input.eventId",
                "an eventId names one event");

        assertThat(shop.customer(customer)).isEqualTo(before);
        assertThat(count("MATCH (e:Event {id: $e}) RETURN count(e)", Map.of("e", eventId))).isOne();
    }

    @Test
    void concurrentReplaysOfOneEventAreCountedOnce() throws Exception {
        String eventId = unique("E");
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> senders = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            senders.add(() -> {
                start.await();
                return ok(record(purchase(eventId))).field("recordEvent.duplicate").getValue();
            });
        }
        List<Boolean> duplicates = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Boolean>> results = senders.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Boolean> result : results) {
                duplicates.add(result.get());
            }
        }

        assertThat(duplicates).containsOnlyOnce(false).hasSize(threads);
        assertThat(shop.customer(customer)).containsEntry("spend", 25.0).containsEntry("points", 25);
        assertThat(shop.ownership(customer, sku)).containsEntry("quantity", 1);
        assertThat(count("MATCH (e:Event {id: $e}) RETURN count(e)", Map.of("e", eventId))).isOne();
    }

    @Test
    void anUnknownCustomerIsNotFoundAndNothingIsWritten() {
        String eventId = unique("E");

        var response = record(purchase(eventId).with("customerId", "C-NOBODY"));

        assertError(response, "NOT_FOUND", "input.customerId", "C-NOBODY");
        assertThat(count("MATCH (e:Event {id: $e}) RETURN count(e)", Map.of("e", eventId))).isZero();
    }

    @Test
    void anUnknownProductIsNotFoundAndNothingIsWritten() {
        String eventId = unique("E");

        var response = record(purchase(eventId).with("sku", "P-NOWHERE"));

        assertError(response, "NOT_FOUND", "input.sku", "P-NOWHERE");
        assertThat(count("MATCH (e:Event {id: $e}) RETURN count(e)", Map.of("e", eventId))).isZero();
        assertThat(shop.customer(customer)).containsEntry("spend", 0.0).containsEntry("owns", List.of());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "PURCHASE, -, input.sku",
            "PURCHASE, orderId, input.orderId",
            "RETURN, -, input.sku",
            "VIEW, -, input.sku",
            "CART_ADD, -, input.sku",
            "USAGE, usagePercent, input.usagePercent",
            "SUPPORT_OPENED, caseId, input.caseId",
            "SUPPORT_RESOLVED, satisfaction, input.satisfaction",
            "TIER_CHANGED, tier, input.tier"})
    void anEventMissingAFieldItsTypeNeedsIsABadRequestNamingTheField(String type, String omitted, String field) {
        String eventId = unique("E");
        var complete = event(type).with("eventId", eventId).with("orderId", "O-1").with("usagePercent", 50.0)
                .with("caseId", "CASE-1").with("satisfaction", 3).with("tier", "GOLD");
        if (omitted != null) {
            complete.with("sku", sku).remove(omitted);
        }

        assertError(record(complete), "BAD_REQUEST", field, field.substring("input.".length()));
        assertThat(count("MATCH (e:Event {id: $e}) RETURN count(e)", Map.of("e", eventId))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"usagePercent:120.0", "usagePercent:-1.0", "satisfaction:6", "quantity:0",
            "quantity:1000001", "price:-1.0", "price:1.0E10"})
    void aValueOutOfRangeIsABadRequestNamingTheField(String fieldAndValue) {
        String field = fieldAndValue.split(":")[0];
        Object value = field.equals("usagePercent") || field.equals("price")
                ? (Object) Double.valueOf(fieldAndValue.split(":")[1]) : Integer.valueOf(fieldAndValue.split(":")[1]);
        var input = event("SUPPORT_RESOLVED").with("caseId", "CASE-1").with("satisfaction", 3).with(field, value);

        assertError(record(input), "BAD_REQUEST", "input." + field, field);
    }

    @Test
    void returningOrUsingWhatTheCustomerDoesNotOwnIsABadRequest() {
        assertError(record(event("RETURN").with("sku", sku)), "BAD_REQUEST", "input.sku", "does not own");
        assertError(record(event("USAGE").with("sku", sku).with("usagePercent", 10.0)), "BAD_REQUEST", "input.sku",
                "does not own");
    }

    private static void assertError(ClientGraphQlResponse response, String classification, String field, String text) {
        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo(classification);
            assertThat(error.getExtensions()).containsEntry("field", field);
            assertThat(error.getMessage()).contains(text);
        });
    }

    private ClientGraphQlResponse record(Input input) {
        return shop.recordEvent(input);
    }

    private Input purchase(String eventId) {
        return event("PURCHASE").with("eventId", eventId).with("sku", sku).with("orderId", "O-1");
    }

    private Input event(String type) {
        return new Input().with("eventId", unique("E")).with("type", type).with("customerId", customer)
                .with("at", "2026-11-19T10:00:00Z");
    }

    /** An EventInput under construction; a null value leaves the field out. */
    private static final class Input extends HashMap<String, Object> {
        Input with(String field, Object value) {
            if (value == null) {
                remove(field);
            } else {
                put(field, value);
            }
            return this;
        }
    }
}
