package dev.crosswise.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * What a storefront key or customer token — credentials anyone can copy from a page — can write, over real HTTP:
 * browsing events and responses, and nothing else. Every event type of the running schema but the four browsing
 * ones is refused, alone or batched behind an allowed one, and every other operation of the running schema too
 * (types and operations added later are covered without a change); afterwards the graph holds no purchase, spend,
 * points or tier change.
 */
class StorefrontWritesNoPurchaseTest extends CrosswiseHttpTest {

    private static final List<String> STOREFRONT_OPERATIONS =
            List.of("Query.whatNext", "Mutation.decide", "Mutation.recordEvent", "Mutation.recordResponse");

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void noEventTypeButBrowsingIsRecordedWithTheKeyOrACustomerToken() {
        String customer = new TestShop(graphQl).newCustomer();
        var pages = List.of(graphQlWithKey(STOREFRONT_KEY), graphQlWithToken(CustomerTokens.forCustomer(customer)));
        List<String> refusedTypes = eventTypes().stream().filter(type -> !StorefrontScope.BROWSING_EVENTS.contains(type)).toList();
        assertThat(refusedTypes).contains("PURCHASE", "RETURN", "TIER_CHANGED");

        for (HttpSyncGraphQlClient page : pages) {
            for (String type : refusedTypes) {
                var response = record(page, customer, type);
                assertThat(response.getErrors()).as(type).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
                assertThat(response.field("recordEvent").<Object>getValue()).as(type).isNull();
            }
        }
        assertNothingWrittenFor(customer);
    }

    @Test
    void aPurchaseBatchedBehindABrowsingEventIsRefusedWhileTheViewIsRecorded() {
        String customer = new TestShop(graphQl).newCustomer();
        var response = graphQlWithToken(CustomerTokens.forCustomer(customer)).document("""
                mutation($view: EventInput!, $buy: EventInput!) {
                  view: recordEvent(input: $view) { duplicate }
                  buy: recordEvent(input: $buy) { duplicate }
                }""")
                .variable("view", event(customer, "VIEW"))
                .variable("buy", Map.of("eventId", TestShop.unique("E-BUY"), "type", "PURCHASE", "customerId", customer,
                        "sku", "W-SHO-OXF", "price", 9000.0, "orderId", TestShop.unique("O")))
                .executeSync();

        assertThat(response.field("view.duplicate").<Boolean>getValue()).isFalse();
        assertThat(response.field("buy").<Object>getValue()).isNull();
        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
            assertThat(error.getPath()).isEqualTo("buy");
        });
        assertNothingWrittenFor(customer);
    }

    @Test
    void everyOtherOperationOfTheSchemaIsRefusedToTheKeyAndToACustomerTokenAndChangesNothing() {
        var operations = new RootOperations(graphQlSource.schema());
        // the probe calls name C-ADA wherever an operation takes a customer: the token is Ada's own
        var pages = Map.of("storefront key", graphQlWithKey(STOREFRONT_KEY),
                "customer token", graphQlWithToken(CustomerTokens.forCustomer("C-ADA")));
        String before = fingerprint();
        List<String> checked = new ArrayList<>();

        for (RootOperations.Operation operation : operations.all()) {
            if (STOREFRONT_OPERATIONS.contains(operation.coordinate())) {
                continue;
            }
            RootOperations.Call call = operations.call(operation, path -> null);
            pages.forEach((credential, page) -> {
                var response = page.document(call.document()).variables(new HashMap<>(call.variables())).executeSync();
                assertThat(response.getErrors()).as(operation + " with a " + credential).isNotEmpty().allSatisfy(error ->
                        assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
                assertThat(response.field(operation.field().getName()).<Object>getValue()).as(operation.coordinate()).isNull();
            });
            checked.add(operation.coordinate());
        }
        assertThat(checked).contains("Mutation.upsertCustomer", "Mutation.upsertProduct", "Query.customer");
        assertThat(fingerprint()).as("nothing in the graph changed").isEqualTo(before);
    }

    private List<String> eventTypes() {
        return ((GraphQLEnumType) graphQlSource.schema().getType("EventType")).getValues().stream()
                .map(GraphQLEnumValueDefinition::getName).toList();
    }

    private static Map<String, Object> event(String customer, String type) {
        return Map.of("eventId", TestShop.unique("E-SF"), "type", type, "customerId", customer, "sku", "W-SHO-OXF");
    }

    private static ClientGraphQlResponse record(HttpSyncGraphQlClient page, String customer, String type) {
        return page.document("mutation($input: EventInput!) { recordEvent(input: $input) { duplicate } }")
                .variable("input", event(customer, type)).executeSync();
    }

    /** No purchase, ownership, spend, points or tier for the customer, read back with a server key and in the graph. */
    private void assertNothingWrittenFor(String customer) {
        var state = new TestShop(graphQl).customer(customer);
        assertThat((List<?>) state.get("owns")).isEmpty();
        assertThat(((Number) state.get("spend")).doubleValue()).isZero();
        assertThat(((Number) state.get("points")).intValue()).isZero();
        assertThat(state.get("tier")).isEqualTo("BRONZE");
        assertThat(TestShop.count("""
                MATCH (e:Event)-[*1]-(:Customer {id: $customer})
                WHERE NOT e.type IN $browsing RETURN count(e)""",
                Map.of("customer", customer, "browsing", List.copyOf(StorefrontScope.BROWSING_EVENTS)))).isZero();
    }

    /** Nodes, relationships, and every customer's spend and points: what any write by these operations would move. */
    private static String fingerprint() {
        return TestShop.count("MATCH (n) RETURN count(n)", Map.of()) + "/"
                + TestShop.count("MATCH ()-[r]->() RETURN count(r)", Map.of()) + "/"
                + TestShop.count("MATCH (c:Customer) RETURN toInteger(sum(coalesce(c.spend, 0)) * 100 + sum(coalesce(c.points, 0)))", Map.of());
    }
}
