package dev.crosswise.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The storefront role, as a shop's pages use it from a browser: the storefront key for anonymous visitors, a customer
 * token (signed by the shop's backend) for a logged-in customer, who may ask, decide and record browsing for itself
 * and nobody else, and never record a purchase.
 */
class StorefrontAccessTest extends CrosswiseHttpTest {

    private static final String DECIDE = """
            mutation($customer: ID!) {
              decide(customerId: $customer, context: {placement: PRODUCT, productSku: "W-SHO-OXF"}) {
                id recorded customer { id } actions { product { sku name price } message }
              }
            }""";

    private String customer;
    private HttpSyncGraphQlClient customerPage;

    @BeforeEach
    void aLoggedInCustomer() {
        customer = new TestShop(graphQl).newCustomer();
        customerPage = graphQlWithToken(CustomerTokens.forCustomer(customer));
    }

    @Test
    void theStorefrontKeyAsksForAnonymousVisitors() {
        var response = graphQlWithKey(STOREFRONT_KEY).document("""
                { whatNext(context: {placement: PRODUCT, productSku: "W-SHO-OXF"}) { customer { id } actions { product { sku } } } }
                """).executeSync();

        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("whatNext.actions").toEntityList(Map.class)).isNotEmpty();
        assertThat(response.field("whatNext.customer").<Object>getValue()).isNull();
    }

    @Test
    void theStorefrontKeyMayNotActForACustomer() {
        var storefront = graphQlWithKey(STOREFRONT_KEY);

        assertForbidden(storefront.document("{ whatNext(customerId: \"C-ADA\") { id } }").executeSync(), "anonymous visitors");
        assertForbidden(storefront.document(DECIDE).variable("customer", "C-ADA").executeSync(), "customer token");
        assertForbidden(record(storefront, "C-ADA", "VIEW"), "customer token");
    }

    @Test
    void aCustomerTokenAsksDecidesAndRecordsResponsesForItsCustomer() {
        assertThat(customerPage.document("query($c: ID!) { whatNext(customerId: $c) { customer { id } } }")
                .variable("c", customer).executeSync().field("whatNext.customer.id").<String>getValue()).isEqualTo(customer);

        var decided = customerPage.document(DECIDE).variable("customer", customer).executeSync();
        assertThat(decided.getErrors()).isEmpty();
        assertThat(decided.field("decide.recorded").<Boolean>getValue()).isTrue();
        String decisionId = decided.field("decide.id").getValue();
        String sku = decided.field("decide.actions[0].product.sku").getValue();

        var shown = customerPage.document("""
                mutation($input: ResponseInput!) { recordResponse(input: $input) { duplicate response { type product { sku } } } }
                """).variable("input", Map.of("decisionId", decisionId, "sku", sku, "type", "SHOWN")).executeSync();
        assertThat(shown.getErrors()).isEmpty();
        assertThat(shown.field("recordResponse.response.product.sku").<String>getValue()).isEqualTo(sku);
    }

    @Test
    void aCustomerTokenRecordsBrowsingEvents() {
        for (String type : List.of("VIEW", "VISIT", "CART_ADD", "CART_REMOVE")) {
            var response = record(customerPage, customer, type);
            assertThat(response.getErrors()).as(type).isEmpty();
            assertThat(response.field("recordEvent.event.type").<String>getValue()).isEqualTo(type);
        }
    }

    @Test
    void aCustomerTokenRecordsNoPurchaseReturnSupportOrProfileChange() {
        for (String type : List.of("PURCHASE", "RETURN", "SUPPORT_OPENED", "SUPPORT_RESOLVED", "TIER_CHANGED", "USAGE",
                "CHECKOUT")) {
            var response = record(customerPage, customer, type);
            assertForbidden(response, type + " events");
            assertThat(response.getErrors().getFirst().getMessage()).contains("shop's server");
        }
        var state = new TestShop(graphQl).customer(customer);
        assertThat((List<?>) state.get("owns")).as("no purchase was written").isEmpty();
        assertThat(((Number) state.get("spend")).doubleValue()).isZero();
    }

    @Test
    void aCustomerTokenMayNotActForAnotherCustomer() {
        String other = new TestShop(graphQl).newCustomer();

        assertForbidden(customerPage.document("query($c: ID!) { whatNext(customerId: $c) { id } }").variable("c", other)
                .executeSync(), "may not act for customer " + other);
        assertForbidden(customerPage.document(DECIDE).variable("customer", other).executeSync(), "may not act for");
        assertForbidden(record(customerPage, other, "VIEW"), "may not act for");

        var othersDecision = graphQl(Role.FRONTEND).document(DECIDE).variable("customer", other).executeSync();
        String decisionId = othersDecision.field("decide.id").getValue();
        String sku = othersDecision.field("decide.actions[0].product.sku").getValue();
        assertForbidden(customerPage.document("""
                mutation($input: ResponseInput!) { recordResponse(input: $input) { duplicate } }
                """).variable("input", Map.of("decisionId", decisionId, "sku", sku, "type", "CLICKED")).executeSync(),
                "another customer");
    }

    @Test
    void aCustomerTokenCallsNothingButTheStorefrontsOperations() {
        var response = customerPage.document("query($c: ID!) { customer(id: $c) { id } product(sku: \"W-SHO-OXF\") { sku } }")
                .variable("c", customer).executeSync();

        assertThat(response.getErrors()).hasSize(2).allSatisfy(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
            assertThat(error.getMessage()).contains("needs the frontend role");
        });
    }

    @Test
    void aCustomerTokenThatIsExpiredForeignOrClaimsMoreIsRefusedWith401() {
        assertThat(status(CustomerTokens.sign(STOREFRONT_JWT_SECRET, customer, "storefront", Instant.now().minusSeconds(600))))
                .isEqualTo(401);
        assertThat(status(CustomerTokens.sign("another-shop-secret-0123456789-abcdefghij", customer, "storefront",
                Instant.now().plusSeconds(600)))).isEqualTo(401);
        assertThat(status(CustomerTokens.sign(STOREFRONT_JWT_SECRET, customer, List.of("admin"), Instant.now().plusSeconds(600))))
                .as("the shared secret never mints a server role").isEqualTo(401);
        assertThat(status(CustomerTokens.sign(STOREFRONT_JWT_SECRET, customer, "storefront", null)))
                .as("a token without expiry").isEqualTo(401);
        assertThat(status(CustomerTokens.forCustomer(customer))).isEqualTo(200);
    }

    private static ClientGraphQlResponse record(HttpSyncGraphQlClient client, String customerId, String type) {
        return client.document("mutation($input: EventInput!) { recordEvent(input: $input) { duplicate event { type } } }")
                .variable("input", Map.of("eventId", TestShop.unique("E-SF"), "type", type, "customerId", customerId,
                        "sku", "W-SHO-OXF"))
                .executeSync();
    }

    private static void assertForbidden(ClientGraphQlResponse response, String saying) {
        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
            assertThat(error.getMessage()).contains(saying);
        });
    }

    private int status(String token) {
        return RestClient.create(baseUrl()).post().uri("/graphql").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body("{\"query\": \"{ whatNext { id } }\"}")
                .exchange((request, response) -> response.getStatusCode().value());
    }
}
