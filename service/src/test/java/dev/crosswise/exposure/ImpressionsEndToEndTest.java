package dev.crosswise.exposure;

import static dev.crosswise.TestShop.count;
import static dev.crosswise.TestShop.ok;
import static dev.crosswise.TestShop.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * Caps and rotation count what customers saw, not what pages rendered: on the web an action reported SHOWN, on a
 * channel that delivers on decide the decision itself; a re-render with the same request id is the same decision.
 * The offer is the pairing B of an anchor product, on the anchor's page.
 */
class ImpressionsEndToEndTest extends CrosswiseHttpTest {

    private static final String DECIDE = """
            mutation($customerId: ID!, $at: DateTime, $channel: Channel, $context: DecisionContext, $requestId: ID) {
              decide(customerId: $customerId, at: $at, limit: 1, channel: $channel, context: $context, requestId: $requestId) {
                id at actions { rank product { sku } strategy channel score message reasons { rule text } }
                suppressed { rule product { sku } }
              }
            }""";

    private TestShop shop;
    private String anchor;
    private String offered;
    private String customer;

    @BeforeEach
    void aCustomerOnAnAnchorsPage() {
        shop = new TestShop(graphQl);
        TestShop.Pairing pairing = shop.newPairing();
        anchor = pairing.anchor();
        offered = pairing.offered();
        customer = shop.newCustomer();
    }

    @Test
    void aPageRenderedFiveTimesAndNeverSeenKeepsItsTopOffer() {
        for (int render = 0; render < 5; render++) {
            assertThat(offeredSkus(decide("2013-05-06T10:0" + render + ":00Z", "WEB", null))).containsExactly(offered);
        }
    }

    @Test
    void threeShowingsOnTheWebRotateTheOfferOut() {
        for (int visit = 0; visit < 3; visit++) {
            var decision = decide("2013-05-0" + (6 + visit) + "T10:00:00Z", "WEB", null);
            assertThat(offeredSkus(decision)).containsExactly(offered);
            respond(decision.field("decide.id").getValue(), "SHOWN", "2013-05-0" + (6 + visit) + "T10:00:05Z");
        }

        var fourth = decide("2013-05-09T10:00:00Z", "WEB", null);

        assertThat(offeredSkus(fourth)).doesNotContain(offered);
        assertThat(suppressedBy(fourth, offered)).contains("Rotate products shown too often");
    }

    @Test
    void anEmailIsAnImpressionWhenItIsDecided() {
        ok(shop.execute("upsertCustomer", Map.of("input", Map.of("id", customer, "consents", Map.of("email", true)))));
        for (int email = 0; email < 3; email++) {
            assertThat(offeredSkus(decide("2013-05-0" + (6 + email) + "T10:00:00Z", "EMAIL", null))).containsExactly(offered);
        }

        var fourth = decide("2013-05-09T10:00:00Z", "EMAIL", null);

        assertThat(offeredSkus(fourth)).doesNotContain(offered);
        assertThat(suppressedBy(fourth, offered)).contains("Rotate products shown too often");
    }

    @Test
    void aReRenderWithTheSameRequestIdIsTheSameDecisionRecordedOnce() {
        String requestId = unique("render");
        var first = decide("2013-05-06T10:00:00Z", "WEB", requestId);

        var again = decide("2013-05-06T10:00:30Z", "WEB", requestId);

        assertThat((Object) again.field("decide").getValue()).isEqualTo(first.field("decide").getValue());
        assertThat(count("MATCH (d:Decision {requestId: $r}) RETURN count(d)", Map.of("r", requestId))).isOne();
    }

    @Test
    void theSameRequestIdForAnotherCustomerIsABadRequest() {
        String requestId = unique("render");
        decide("2013-05-06T10:00:00Z", "WEB", requestId);
        customer = shop.newCustomer();

        var other = execute("2013-05-06T10:00:00Z", "WEB", requestId);

        assertThat(other.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getMessage()).contains("was decided for customer");
        });
    }

    @Test
    void anAcceptedOfferIsNotOfferedAgain() {
        var decision = decide("2013-05-06T10:00:00Z", "WEB", null);
        respond(decision.field("decide.id").getValue(), "ACCEPTED", "2013-05-06T10:01:00Z");

        var next = decide("2013-05-07T10:00:00Z", "WEB", null);

        assertThat(offeredSkus(next)).doesNotContain(offered);
        assertThat(suppressedBy(next, offered)).contains("An accepted offer is over");
    }

    private ClientGraphQlResponse decide(String at, String channel, String requestId) {
        return ok(execute(at, channel, requestId));
    }

    private ClientGraphQlResponse execute(String at, String channel, String requestId) {
        var request = graphQl.document(DECIDE).variable("customerId", customer).variable("at", at)
                .variable("channel", channel).variable("context", Map.of("placement", "PRODUCT", "productSku", anchor));
        if (requestId != null) {
            request = request.variable("requestId", requestId);
        }
        return request.executeSync();
    }

    private void respond(String decisionId, String type, String at) {
        ok(shop.execute("recordResponse", Map.of("input", Map.of("decisionId", decisionId, "sku", offered, "type", type,
                "at", at))));
    }

    private static List<String> offeredSkus(ClientGraphQlResponse decision) {
        List<Map<String, Map<String, String>>> actions = decision.field("decide.actions").getValue();
        return actions.stream().map(a -> a.get("product").get("sku")).toList();
    }

    private static List<String> suppressedBy(ClientGraphQlResponse decision, String sku) {
        List<Map<String, Object>> suppressed = decision.field("decide.suppressed").getValue();
        return suppressed.stream().filter(s -> sku.equals(((Map<?, ?>) s.get("product")).get("sku")))
                .map(s -> (String) s.get("rule")).toList();
    }
}
