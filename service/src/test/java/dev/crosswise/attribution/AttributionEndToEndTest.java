package dev.crosswise.attribution;

import static dev.crosswise.TestShop.ok;
import static dev.crosswise.TestShop.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which exposure a purchase is credited to, over real HTTP: click-through before view-through, the latest qualifying
 * exposure, once per purchase line, and nothing outside the windows (7 days after a click, 1 day after a showing).
 * Each test has its own customer and products; the pairing B of an anchor product A is what every decision offers.
 */
class AttributionEndToEndTest extends CrosswiseHttpTest {

    @Autowired
    MeterRegistry meters;

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
    void theLatestOfTwoShowingsIsCredited() {
        decide("2012-04-02T08:00:00Z");
        String later = decide("2012-04-02T20:00:00Z");

        buy("2012-04-03T07:00:00Z");

        assertThat(credits()).singleElement().satisfies(credit -> {
            assertThat(credit).containsEntry("decisionId", later).containsEntry("window", "VIEW_THROUGH");
        });
    }

    @Test
    void aClickOfSixDaysAgoBeatsAShowingOfAnHourAgo() {
        String clicked = decide("2012-04-02T08:00:00Z");
        respond(clicked, "CLICKED", "2012-04-02T08:01:00Z");
        decide("2012-04-08T07:00:00Z");

        buy("2012-04-08T08:00:00Z");

        assertThat(credits()).singleElement().satisfies(credit -> {
            assertThat(credit).containsEntry("decisionId", clicked).containsEntry("window", "CLICK_THROUGH")
                    .containsEntry("clickedAt", "2012-04-02T08:01:00Z");
        });
    }

    @Test
    void aClickOfEightDaysAgoAndAShowingOfTwoDaysAgoEarnNothing() {
        String clicked = decide("2012-04-02T08:00:00Z");
        respond(clicked, "CLICKED", "2012-04-02T08:01:00Z");
        decide("2012-04-08T08:00:00Z");

        buy("2012-04-10T08:02:00Z");

        assertThat(credits()).isEmpty();
    }

    @Test
    void aDismissalIsNotAClick() {
        String dismissed = decide("2012-04-02T08:00:00Z");
        respond(dismissed, "DISMISSED", "2012-04-02T08:01:00Z");

        buy("2012-04-04T08:00:00Z");

        assertThat(credits()).isEmpty();
    }

    @Test
    void aLateClickTurnsAViewThroughIntoAClickThroughWithoutASecondCredit() {
        String shown = decide("2012-04-02T08:00:00Z");
        buy("2012-04-02T09:00:00Z");
        assertThat(credits()).singleElement().satisfies(credit -> assertThat(credit).containsEntry("window", "VIEW_THROUGH"));

        respond(shown, "CLICKED", "2012-04-02T08:30:00Z");

        assertThat(credits()).singleElement().satisfies(credit -> assertThat(credit)
                .containsEntry("decisionId", shown).containsEntry("window", "CLICK_THROUGH"));
    }

    @Test
    void aReturnMarksTheCreditedLineReturned() {
        decide("2012-04-02T08:00:00Z");
        buy("2012-04-02T09:00:00Z");

        ok(shop.recordEvent(Map.of("eventId", unique("E"), "type", "RETURN", "customerId", customer, "sku", offered,
                "at", "2012-04-05T09:00:00Z")));

        assertThat(credits()).singleElement().satisfies(credit -> assertThat(credit).containsEntry("returned", true));
    }

    @Test
    void aCreditIsCountedOnceUnderItsWindowAndAPurchaseWithoutOneIsNot() {
        double views = attributions("VIEW_THROUGH");
        double clicks = attributions("CLICK_THROUGH");
        String shown = decide("2012-04-02T08:00:00Z");

        buy("2012-04-02T09:00:00Z");
        buy("2012-04-09T09:00:00Z"); // a week later: outside both windows
        respond(shown, "CLICKED", "2012-04-02T08:30:00Z"); // re-credits the first purchase, already counted

        assertThat(attributions("VIEW_THROUGH") - views).isEqualTo(1.0);
        assertThat(attributions("CLICK_THROUGH") - clicks).isZero();
    }

    private double attributions(String window) {
        return meters.get("crosswise.attributions").tag("window", window).counter().count();
    }

    private String decide(String at) {
        var decision = ok(graphQl.document("""
                mutation($customerId: ID!, $at: DateTime, $context: DecisionContext) {
                  decide(customerId: $customerId, at: $at, limit: 1, channel: WEB, context: $context) {
                    id actions { product { sku } }
                  }
                }""").variable("customerId", customer).variable("at", at)
                .variable("context", Map.of("placement", "PRODUCT", "productSku", anchor)).executeSync());
        List<Map<String, Map<String, String>>> actions = decision.field("decide.actions").getValue();
        assertThat(actions).extracting(action -> action.get("product").get("sku")).as("the offer").containsExactly(offered);
        return decision.field("decide.id").getValue();
    }

    private void respond(String decisionId, String type, String at) {
        ok(shop.execute("recordResponse", Map.of("input", Map.of("decisionId", decisionId, "sku", offered, "type", type,
                "at", at))));
    }

    private void buy(String at) {
        shop.purchase(customer, offered, unique("O"), at);
    }

    private List<Map<String, Object>> credits() {
        return ok(graphQl.document("""
                query($id: ID!) {
                  customer(id: $id) { attributions { decisionId window clickedAt returned product { sku } } }
                }""").variable("id", customer).executeSync()).field("customer.attributions").getValue();
    }
}
