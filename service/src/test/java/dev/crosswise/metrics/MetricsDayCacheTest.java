package dev.crosswise.metrics;

import static dev.crosswise.TestShop.ok;
import static dev.crosswise.TestShop.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import dev.crosswise.security.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reports keep whole days for the next report; whatever the service writes about a kept day — a response, a purchase
 * credited to one of its offers, a return, a new decision — shows in the very next report, also when it asks the
 * period with part-days at its ends. The days of April 2013 belong to this test alone in the shared graph.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class MetricsDayCacheTest extends CrosswiseHttpTest {

    private static final String METRICS = """
            query metrics($from: DateTime!, $to: DateTime!) {
              metrics(from: $from, to: $to) {
                totals { decisions exposures clicks attributedPurchases attributedRevenue
                         returnRateRecommended { numerator denominator } crossSellAov }
              }
            }
            """;

    private TestShop shop;
    private String anchor;
    private String pairing;

    @BeforeAll
    void aShopWithOnePairing() {
        shop = new TestShop(graphQl(Role.ADMIN));
        pairing = product(40, List.of());
        anchor = product(100, List.of(Map.of("sku", pairing, "strength", 0.9)));
    }

    @Test
    void whatTheServiceWritesAboutAKeptDayShowsInTheNextReport() {
        String customer = shop.newCustomer();
        shop.purchase(customer, anchor, unique("O"), "2013-04-01T08:00:00Z");
        String decision = decide(customer, "2013-04-01T10:00:00Z");
        assertThat(totals("2013-04-01T00:00:00Z", "2013-04-08T00:00:00Z"))
                .containsEntry("decisions", 1).containsEntry("exposures", 1).containsEntry("clicks", 0)
                .containsEntry("attributedPurchases", 0);
        // every day of the week is kept now; each write below changes one of them

        respond(decision, "CLICKED", "2013-04-01T10:05:00Z");
        assertThat(totals("2013-04-01T00:00:00Z", "2013-04-08T00:00:00Z")).containsEntry("clicks", 1);

        shop.purchase(customer, pairing, unique("O"), "2013-04-02T09:00:00Z"); // click-through, the next day
        assertThat(totals("2013-04-01T00:00:00Z", "2013-04-08T00:00:00Z"))
                .containsEntry("attributedPurchases", 1).containsEntry("attributedRevenue", 40.0)
                .containsEntry("crossSellAov", 40.0);

        ok(shop.recordEvent(Map.of("eventId", unique("E"), "type", "RETURN", "customerId", customer, "sku", pairing,
                "at", "2013-04-03T12:00:00Z")));
        assertThat(totals("2013-04-01T00:00:00Z", "2013-04-08T00:00:00Z"))
                .containsEntry("returnRateRecommended", Map.of("numerator", 1.0, "denominator", 1.0));

        decide(shop.newCustomer(), "2013-04-04T10:00:00Z");
        assertThat(totals("2013-04-01T00:00:00Z", "2013-04-08T00:00:00Z"))
                .containsEntry("decisions", 2).containsEntry("exposures", 2);
    }

    @Test
    void aPeriodWithPartDaysAtItsEndsCountsOnlyWhatFallsInsideIt() {
        String customer = shop.newCustomer();
        String earlyOnMonday = decide(customer, "2013-04-15T06:00:00Z");  // before the period
        decide(customer, "2013-04-15T18:00:00Z");                          // in the first part-day
        decide(customer, "2013-04-17T12:00:00Z");                          // in a whole day
        decide(customer, "2013-04-19T06:00:00Z");                          // in the last part-day
        decide(customer, "2013-04-19T18:00:00Z");                          // after the period
        String from = "2013-04-15T12:00:00Z";
        String to = "2013-04-19T12:00:00Z";

        assertThat(totals(from, to)).containsEntry("decisions", 3);
        assertThat(totals(from, to)).as("again, with the whole days kept").containsEntry("decisions", 3);
        respond(earlyOnMonday, "CLICKED", "2013-04-15T13:00:00Z"); // a response in the period to a decision before it
        assertThat(totals(from, to)).containsEntry("clicks", 0);
    }

    private Map<String, Object> totals(String from, String to) {
        Map<String, Object> report = ok(graphQl(Role.ANALYST).document(METRICS).variable("from", from)
                .variable("to", to).executeSync()).field("metrics").getValue();
        return (Map<String, Object>) report.get("totals");
    }

    private String product(double price, List<Map<String, Object>> complements) {
        String sku = unique("P-DC");
        Map<String, Object> input = new HashMap<>(Map.of("sku", sku, "name", "Day cache product " + sku, "price", price,
                "margin", 0.4, "stock", 10));
        input.put("complements", complements);
        ok(shop.execute("upsertProduct", Map.of("input", input)));
        return sku;
    }

    /** A decision on the anchor's product page, offering the pairing. */
    private String decide(String customer, String at) {
        var decision = ok(graphQl(Role.ADMIN).document("""
                mutation($customerId: ID!, $at: DateTime, $context: DecisionContext) {
                  decide(customerId: $customerId, at: $at, limit: 1, channel: WEB, context: $context) {
                    id actions { product { sku } }
                  }
                }""").variable("customerId", customer).variable("at", at)
                .variable("context", Map.of("placement", "PRODUCT", "productSku", anchor)).executeSync());
        List<Map<String, Map<String, String>>> actions = decision.field("decide.actions").getValue();
        assertThat(actions).extracting(action -> action.get("product").get("sku")).containsExactly(pairing);
        return decision.field("decide.id").getValue();
    }

    private void respond(String decisionId, String type, String at) {
        ok(shop.execute("recordResponse", Map.of("input", Map.of("decisionId", decisionId, "sku", pairing, "type", type,
                "at", at))));
    }
}
