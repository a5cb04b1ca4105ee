package dev.crosswise.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import dev.crosswise.security.CustomerTokensForTests;
import dev.crosswise.security.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

/**
 * Anonymous session ids over real HTTP: with the storefront key alone, a visitor's page decides and records
 * impressions for its own {@code visitor:} id, so rotation works within the session and per session; at login the
 * shop's server links the session to the customer, whose next decision remembers what the visitor was shown.
 */
class VisitorSessionsTest extends CrosswiseHttpTest {

    private static final String DECIDE = """
            mutation($c: ID!, $r: ID!) {
              decide(customerId: $c, requestId: $r, channel: WEB, limit: 5, context: {placement: HOME}) {
                id customer { id } actions { product { sku } } } }""";
    private static final String SHOWN = """
            mutation($i: ResponseInput!) { recordResponse(input: $i) { duplicate } }""";

    @Test
    void aVisitorsImpressionsRotateItsTopOfferWithinItsSessionOnlyAndFollowItToTheCustomerAtLogin() {
        HttpSyncGraphQlClient page = graphQlWithKey(STOREFRONT_KEY);
        String visitor = newVisitor();

        ClientGraphQlResponse first = decide(page, visitor);
        assertThat(first.field("decide.customer.id").<String>getValue()).isEqualTo(visitor);
        String top = first.field("decide.actions[0].product.sku").getValue();
        shown(page, first, top);
        for (int showing = 2; showing <= 3; showing++) {
            var again = decide(page, visitor);
            assertThat(skus(again)).as("showing %d", showing).contains(top);
            shown(page, again, top);
        }

        assertThat(skus(decide(page, visitor))).as("shown three times in this session: rotated out").doesNotContain(top);
        assertThat(skus(decide(page, newVisitor()))).as("another session saw nothing yet").contains(top);

        String customer = new TestShop(graphQl).newCustomer();
        var linked = graphQl(Role.FRONTEND).document("""
                mutation($v: ID!, $c: ID!) { linkVisitor(visitorId: $v, customerId: $c) { customer { id } decisions events } }""")
                .variable("v", visitor).variable("c", customer).executeSync();
        assertThat(linked.getErrors()).isEmpty();
        assertThat(linked.field("linkVisitor.decisions").<Integer>getValue()).isEqualTo(4);
        assertThat(TestShop.count("MATCH (v:Customer {id: $id}) RETURN count(v)", Map.of("id", visitor))).isZero();

        var loggedIn = graphQlWithToken(CustomerTokensForTests.valid(customer));
        assertThat(skus(decide(loggedIn, customer))).as("the customer's decision remembers the session").doesNotContain(top);
        // the customer's page may now respond to what it was shown as a visitor; the key no longer may
        assertThat(loggedIn.document(SHOWN).variable("i", Map.of("decisionId", first.field("decide.id").getValue(),
                "sku", top, "type", "CLICKED")).executeSync().getErrors()).isEmpty();
        assertThat(page.document(SHOWN).variable("i", Map.of("decisionId", first.field("decide.id").getValue(),
                "sku", top, "type", "DISMISSED")).executeSync().getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
    }

    @Test
    void theKeyRecordsBrowsingForItsVisitorButNoPurchaseAndNothingForACustomer() {
        HttpSyncGraphQlClient page = graphQlWithKey(STOREFRONT_KEY);
        String visitor = newVisitor();

        assertThat(record(page, visitor, "VIEW").getErrors()).isEmpty();
        assertThat(record(page, visitor, "PURCHASE").getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
        assertThat(TestShop.count("MATCH (:Customer:Visitor {id: $id})-[:DID]->(e:Event) RETURN count(e)",
                Map.of("id", visitor))).isEqualTo(1);

        var customersDecision = graphQl(Role.FRONTEND).document(DECIDE).variable("c", "C-ADA")
                .variable("r", TestShop.unique("R")).executeSync();
        assertThat(page.document(SHOWN).variable("i", Map.of("decisionId", customersDecision.field("decide.id").getValue(),
                "sku", customersDecision.field("decide.actions[0].product.sku").getValue(), "type", "SHOWN"))
                .executeSync().getErrors()).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
                    assertThat(error.getMessage()).contains("anonymous visitors");
                });
    }

    @Test
    void aMalformedVisitorIdIsABadRequestAndCreatesNothing() {
        var response = decide(graphQlWithKey(STOREFRONT_KEY), "visitor:short");

        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getExtensions()).containsEntry("field", "customerId");
        });
        assertThat(TestShop.count("MATCH (v:Customer {id: 'visitor:short'}) RETURN count(v)", Map.of())).isZero();
    }

    @Test
    void linkingAgainMovesNothingAndAnUnknownCustomerIsNotFound() {
        String visitor = newVisitor();
        decide(graphQlWithKey(STOREFRONT_KEY), visitor);
        String customer = new TestShop(graphQl).newCustomer();

        assertThat(link(visitor, "C-NOBODY").getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND"));
        assertThat(link(visitor, customer).field("linkVisitor.decisions").<Integer>getValue()).isEqualTo(1);
        assertThat(link(visitor, customer).field("linkVisitor.decisions").<Integer>getValue()).isZero();
    }

    private ClientGraphQlResponse link(String visitor, String customer) {
        return graphQl(Role.FRONTEND).document("""
                mutation($v: ID!, $c: ID!) { linkVisitor(visitorId: $v, customerId: $c) { decisions } }""")
                .variable("v", visitor).variable("c", customer).executeSync();
    }

    private static String newVisitor() {
        return VisitorIds.PREFIX + UUID.randomUUID();
    }

    private static ClientGraphQlResponse decide(HttpSyncGraphQlClient page, String customer) {
        return page.document(DECIDE).variable("c", customer).variable("r", TestShop.unique("page-view")).executeSync();
    }

    private static void shown(HttpSyncGraphQlClient page, ClientGraphQlResponse decision, String sku) {
        var response = page.document(SHOWN).variable("i", Map.of("decisionId", decision.field("decide.id").getValue(),
                "sku", sku, "type", "SHOWN")).executeSync();
        assertThat(response.getErrors()).isEmpty();
    }

    private static ClientGraphQlResponse record(HttpSyncGraphQlClient page, String customer, String type) {
        return page.document("mutation($i: EventInput!) { recordEvent(input: $i) { duplicate } }")
                .variable("i", Map.of("eventId", TestShop.unique("E-V"), "type", type, "customerId", customer,
                        "sku", "W-SHO-OXF")).executeSync();
    }

    private static List<String> skus(ClientGraphQlResponse decision) {
        assertThat(decision.getErrors()).isEmpty();
        return decision.field("decide.actions").toEntityList(Map.class).stream()
                .map(action -> (String) ((Map<?, ?>) action.get("product")).get("sku")).toList();
    }
}
