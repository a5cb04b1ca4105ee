package dev.crosswise.metrics;

import static dev.crosswise.TestShop.ok;
import static dev.crosswise.TestShop.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import dev.crosswise.graph.TestGraph;
import dev.crosswise.security.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * A week of offers built by hand through the API, and every metric of it checked against the value worked out in the
 * comments. The week, Monday 5 to Sunday 11 March 2012, belongs to this test alone in the shared graph.
 *
 * <p>The shop: an anchor product A (100 €, its own category), and its two pairings, B (40 €, margin 0.25, category
 * CB) and C (10 €, margin 0.5, category CC); E (15 €, category CB) is bought but never offered. Every decision is made
 * on A's product page, limited to 2 actions: B then C.
 * <pre>
 * X  Mon 08:00 buys A (order X1, 100 €)
 *    Mon 10:00 D1 offers B, C;  10:05 CLICKED B
 *    Tue 09:00 buys B and C (order X2, 50 €): B click-through (D1), C view-through (23 h after D1), both new
 *              categories, 25 h after order X1
 *    Wed 12:00 returns C
 * Y  Tue 10:00 D2 offers B, C;  10:01 DISMISSED C;  10:02 ACCEPTED B
 *    Thu 10:00 buys C (order Y2, 10 €): 2 days after D2, no click: not credited
 *    20 Mar    buys B (order Y1): 14 days after the acceptance, outside the 7-day window and the period
 * Z  Wed 08:00 buys E (order Z0, 15 €, category CB)
 *    Wed 10:00 D3 offers B, C
 *    Wed 12:00 buys B (order Z1, 40 €), recorded first as a view-through, then again (a replay: nothing changes)
 *    Wed 11:00 CLICKED B — recorded after the purchase: the credit becomes a click-through; not a new category
 *              (E is in CB), 4 h after order Z0
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class MetricsEndToEndTest extends CrosswiseHttpTest {

    private static final String FROM = "2012-03-05T00:00:00Z";
    private static final String TO = "2012-03-12T00:00:00Z";

    private static final String METRICS = """
            query metrics($from: DateTime!, $to: DateTime!, $groupBy: [MetricDimension!], $interval: MetricInterval) {
              metrics(from: $from, to: $to, groupBy: $groupBy, interval: $interval) {
                totals { ...all }
                groups { key metrics { ...all } }
                series { start metrics { ...all } }
                mostOffered { product { sku } exposures attributedPurchases attributedRevenue }
                mostConverting { product { sku } exposures attributedPurchases attributedRevenue }
              }
            }
            fragment all on Metrics {
              decisions exposures clicks acceptances dismissals attributedPurchases attributedRevenue attributedMargin
              attributedDiscount
              acceptanceRate { ...rate } clickThroughRate { ...rate } conversionRate { ...rate } revenuePerDecision
              medianHoursToSecondaryPurchase categoryExpansionRate { ...rate } crossSellAov otherAov
              returnRateRecommended { ...rate } returnRateAll { ...rate } repeatPurchaseShare { ...rate }
              suppressionsByRule { rule count }
            }
            fragment rate on Rate { numerator denominator value }
            """;

    private TestShop shop;
    private String a;
    private String b;
    private String c;
    private String x;
    private final Map<String, Long> suppressedByDecisions = new TreeMap<>();

    @BeforeAll
    void aWeekOfOffers() {
        graphQl = graphQl(Role.ADMIN);
        shop = new TestShop(graphQl);
        String anchorCategory = unique("CAT-A");
        String categoryB = unique("CAT-B");
        String categoryC = unique("CAT-C");
        TestGraph.get().graph().write("UNWIND $ids AS id CREATE (:Category {id: id, name: id})",
                Map.of("ids", List.of(anchorCategory, categoryB, categoryC)));
        b = product(40, 0.25, categoryB, List.of());
        c = product(10, 0.5, categoryC, List.of());
        String e = product(15, 0.5, categoryB, List.of());
        a = product(100, 0.5, anchorCategory, List.of(Map.of("sku", b, "strength", 0.9), Map.of("sku", c, "strength", 0.8)));
        x = shop.newCustomer();
        String y = shop.newCustomer();
        String z = shop.newCustomer();

        shop.purchase(x, a, unique("X1"), "2012-03-05T08:00:00Z");
        String d1 = decide(x, "2012-03-05T10:00:00Z");
        respond(d1, b, "CLICKED", "2012-03-05T10:05:00Z");
        String x2 = unique("X2");
        shop.purchase(x, b, x2, "2012-03-06T09:00:00Z");
        shop.purchase(x, c, x2, "2012-03-06T09:00:00Z");
        ok(shop.recordEvent(Map.of("eventId", unique("E"), "type", "RETURN", "customerId", x, "sku", c,
                "at", "2012-03-07T12:00:00Z")));

        String d2 = decide(y, "2012-03-06T10:00:00Z");
        respond(d2, c, "DISMISSED", "2012-03-06T10:01:00Z");
        respond(d2, b, "ACCEPTED", "2012-03-06T10:02:00Z");
        shop.purchase(y, c, unique("Y2"), "2012-03-08T10:00:00Z");
        shop.purchase(y, b, unique("Y1"), "2012-03-20T10:00:00Z");

        shop.purchase(z, e, unique("Z0"), "2012-03-07T08:00:00Z");
        String d3 = decide(z, "2012-03-07T10:00:00Z");
        Map<String, Object> purchase = Map.of("eventId", unique("E"), "type", "PURCHASE", "customerId", z, "sku", b,
                "orderId", unique("Z1"), "at", "2012-03-07T12:00:00Z");
        ok(shop.recordEvent(purchase));
        assertThat((Boolean) ok(shop.recordEvent(purchase)).field("recordEvent.duplicate").getValue()).isTrue();
        respond(d3, b, "CLICKED", "2012-03-07T11:00:00Z");
    }

    @Test
    void theWeeksTotalsAreTheHandCountedOnes() {
        Map<String, Object> totals = (Map<String, Object>) report(List.of(), null).get("totals");

        assertThat(totals)
                .containsEntry("decisions", 3)                    // D1, D2, D3
                .containsEntry("exposures", 6)                    // B and C in each
                .containsEntry("clicks", 2)                       // D1 B, D3 B
                .containsEntry("acceptances", 1)                  // D2 B
                .containsEntry("dismissals", 1)                   // D2 C
                .containsEntry("attributedPurchases", 3)          // X's B and C, Z's B
                .containsEntry("attributedRevenue", 90.0)         // 40 + 10 + 40
                .containsEntry("attributedMargin", 25.0)          // 40 x 0.25 + 10 x 0.5 + 40 x 0.25
                .containsEntry("attributedDiscount", 0.0)         // no offer carried a promotion
                .containsEntry("revenuePerDecision", 30.0)        // 90 / 3
                .containsEntry("medianHoursToSecondaryPurchase", 25.0) // X's two lines 25 h, Z's 4 h
                .containsEntry("crossSellAov", 45.0)              // orders X2 50 and Z1 40
                .containsEntry("otherAov", 41.67)                 // orders X1 100, Y2 10, Z0 15
                .containsEntry("acceptanceRate", rate(4, 6))      // D1 B, D1 C bought; D2 B accepted; D3 B bought
                .containsEntry("clickThroughRate", rate(2, 6))
                .containsEntry("conversionRate", rate(3, 6))      // D1 B, D1 C, D3 B
                .containsEntry("categoryExpansionRate", rate(2, 3)) // X's B (CB) and C (CC) new; Z had bought E in CB
                .containsEntry("returnRateRecommended", rate(1, 3)) // X's C
                .containsEntry("returnRateAll", rate(1, 6))       // lines in the week: A, B, C, C, E, B; X's C returned
                .containsEntry("repeatPurchaseShare", rate(0, 3))
                .containsEntry("suppressionsByRule", ruleCounts(suppressedByDecisions));
    }

    @Test
    void groupsByCategorySplitTheExposuresAndShareTheOrdersWithoutCredit() {
        Map<List<String>, Map<String, Object>> groups = groups(report(List.of("PRODUCT_CATEGORY"), null));

        assertThat(groups).hasSize(2);
        Map<String, Object> categoryB = groups.entrySet().stream().filter(g -> g.getKey().getFirst().startsWith("CAT-B"))
                .findFirst().orElseThrow().getValue();
        Map<String, Object> categoryC = groups.entrySet().stream().filter(g -> g.getKey().getFirst().startsWith("CAT-C"))
                .findFirst().orElseThrow().getValue();
        assertThat(categoryB)
                .containsEntry("decisions", 3).containsEntry("exposures", 3).containsEntry("clicks", 2)
                .containsEntry("acceptances", 1).containsEntry("dismissals", 0)
                .containsEntry("attributedPurchases", 2).containsEntry("attributedRevenue", 80.0)
                .containsEntry("attributedMargin", 20.0)
                .containsEntry("acceptanceRate", rate(3, 3))     // D1 B bought, D2 B accepted, D3 B bought
                .containsEntry("categoryExpansionRate", rate(1, 2)) // X's B new, Z's B not
                .containsEntry("medianHoursToSecondaryPurchase", 14.5) // 25 h and 4 h
                .containsEntry("crossSellAov", 45.0)             // X2 and Z1 hold a B credited
                .containsEntry("otherAov", 41.67)
                .containsEntry("returnRateRecommended", rate(0, 2));
        assertThat(categoryC)
                .containsEntry("decisions", 3).containsEntry("exposures", 3).containsEntry("clicks", 0)
                .containsEntry("dismissals", 1)
                .containsEntry("attributedPurchases", 1).containsEntry("attributedRevenue", 10.0)
                .containsEntry("conversionRate", rate(1, 3))
                .containsEntry("crossSellAov", 50.0)             // X2
                .containsEntry("returnRateRecommended", rate(1, 1))
                .containsEntry("suppressionsByRule", List.of()); // suppressed candidates were not in C's category
    }

    @Test
    void aDailySeriesHasEveryDayOfTheWeekEmptyOnesIncluded() {
        List<Map<String, Object>> series = (List<Map<String, Object>>) report(List.of(), "DAY").get("series");

        assertThat(series).extracting(p -> p.get("start")).containsExactly("2012-03-05T00:00:00Z", "2012-03-06T00:00:00Z",
                "2012-03-07T00:00:00Z", "2012-03-08T00:00:00Z", "2012-03-09T00:00:00Z", "2012-03-10T00:00:00Z",
                "2012-03-11T00:00:00Z");
        Map<String, Object> monday = metricsOf(series.get(0));
        Map<String, Object> tuesday = metricsOf(series.get(1));
        Map<String, Object> friday = metricsOf(series.get(4));
        assertThat(monday)                                        // D1 and what it earned, order X1
                .containsEntry("decisions", 1).containsEntry("exposures", 2).containsEntry("clicks", 1)
                .containsEntry("attributedPurchases", 2).containsEntry("attributedRevenue", 50.0)
                .containsEntry("crossSellAov", null).containsEntry("otherAov", 100.0)
                .containsEntry("returnRateAll", rate(0, 1));
        assertThat(tuesday)                                       // D2, and order X2 with its returned C
                .containsEntry("decisions", 1).containsEntry("acceptances", 1).containsEntry("dismissals", 1)
                .containsEntry("attributedPurchases", 0).containsEntry("crossSellAov", 50.0)
                .containsEntry("otherAov", null).containsEntry("returnRateAll", rate(1, 2));
        assertThat(friday)                                        // nothing happened: 0 of 0 is no rate, not 0 %
                .containsEntry("decisions", 0).containsEntry("exposures", 0)
                .containsEntry("acceptanceRate", rate(0, 0))
                .containsEntry("revenuePerDecision", null).containsEntry("medianHoursToSecondaryPurchase", null);
    }

    @Test
    void theMostConvertingProductsAreTheOnesBoughtAsAResult() {
        Map<String, Object> report = report(List.of(), null);

        assertThat((List<Map<String, Object>>) report.get("mostConverting")).containsExactly(
                Map.of("product", Map.of("sku", b), "exposures", 3, "attributedPurchases", 2, "attributedRevenue", 80.0),
                Map.of("product", Map.of("sku", c), "exposures", 3, "attributedPurchases", 1, "attributedRevenue", 10.0));
    }

    @Test
    void aCustomerShowsWhichOfferEachCreditedPurchaseCameFrom() {
        List<Map<String, Object>> credits = ok(graphQl.document("""
                query($id: ID!) { customer(id: $id) { attributions { product { sku } window revenue returned rank } } }
                """).variable("id", x).executeSync()).field("customer.attributions").getValue();

        assertThat(credits).containsExactlyInAnyOrder(
                Map.of("product", Map.of("sku", b), "window", "CLICK_THROUGH", "revenue", 40.0, "returned", false, "rank", 1),
                Map.of("product", Map.of("sku", c), "window", "VIEW_THROUGH", "revenue", 10.0, "returned", true, "rank", 2));
    }

    @Test
    void theCsvReportHasTheTotalsRowAndIsForAnalystsOnly() {
        String csv = csv(ANALYST_KEY).retrieve().body(String.class);

        String[] lines = csv.split("\r\n");
        List<String> header = List.of(lines[0].split(","));
        List<String> totals = List.of(lines[1].split(",", -1));
        assertThat(totals.get(header.indexOf("slice"))).isEqualTo("total");
        assertThat(totals.get(header.indexOf("exposures"))).isEqualTo("6");
        assertThat(totals.get(header.indexOf("attributed_revenue"))).isEqualTo("90");
        assertThat(totals.get(header.indexOf("conversion_rate_numerator"))).isEqualTo("3");
        assertThat(totals.get(header.indexOf("conversion_rate_denominator"))).isEqualTo("6");
        HttpStatusCode refused = csv(FRONTEND_KEY).exchange((request, response) -> response.getStatusCode());
        assertThat(refused).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theFrontendKeyCannotReadMetrics() {
        var response = graphQl(Role.FRONTEND).document(METRICS).variable("from", FROM).variable("to", TO).executeSync();

        assertThat(response.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsABadRequestNamingTo() {
        var response = graphQl.document(METRICS).variable("from", TO).variable("to", FROM).executeSync();

        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getMessage()).contains("to must be after from");
        });
    }

    private RestClient.RequestHeadersSpec<?> csv(String key) {
        return RestClient.create(baseUrl()).get()
                .uri("/reports/metrics.csv?from={from}&to={to}", FROM, TO).header("X-API-Key", key);
    }

    private String product(double price, double margin, String category, List<Map<String, Object>> complements) {
        String sku = unique("P-M");
        Map<String, Object> input = new HashMap<>(Map.of("sku", sku, "name", "Metrics product " + sku, "price", price,
                "margin", margin, "stock", 10, "category", category));
        input.put("complements", complements);
        ok(shop.execute("upsertProduct", Map.of("input", input)));
        return sku;
    }

    /** A decision on A's product page, checked to offer B then C, its suppressions tallied per rule. */
    private String decide(String customerId, String at) {
        var decision = ok(graphQl.document("""
                mutation($customerId: ID!, $at: DateTime, $context: DecisionContext) {
                  decide(customerId: $customerId, at: $at, limit: 2, channel: WEB, context: $context) {
                    id actions { product { sku } } suppressed { rule product { sku } reason }
                  }
                }""").variable("customerId", customerId).variable("at", at)
                .variable("context", Map.of("placement", "PRODUCT", "productSku", a)).executeSync());
        List<Map<String, Map<String, String>>> actions = decision.field("decide.actions").getValue();
        List<Map<String, String>> suppressed = decision.field("decide.suppressed").getValue();
        assertThat(actions).extracting(action -> action.get("product").get("sku"))
                .as("the week's offers (suppressed: %s)", suppressed).containsExactly(b, c);
        suppressed.forEach(s -> suppressedByDecisions.merge(s.get("rule"), 1L, Long::sum));
        return decision.field("decide.id").getValue();
    }

    private void respond(String decisionId, String sku, String type, String at) {
        ok(shop.execute("recordResponse", Map.of("input", Map.of("decisionId", decisionId, "sku", sku, "type", type,
                "at", at))));
    }

    private Map<String, Object> report(List<String> groupBy, String interval) {
        var request = graphQl(Role.ANALYST).document(METRICS).variable("from", FROM).variable("to", TO)
                .variable("groupBy", groupBy);
        if (interval != null) {
            request = request.variable("interval", interval);
        }
        return ok(request.executeSync()).field("metrics").getValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<List<String>, Map<String, Object>> groups(Map<String, Object> report) {
        Map<List<String>, Map<String, Object>> groups = new HashMap<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) report.get("groups")) {
            groups.put((List<String>) group.get("key"), (Map<String, Object>) group.get("metrics"));
        }
        return groups;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metricsOf(Map<String, Object> point) {
        return (Map<String, Object>) point.get("metrics");
    }

    private static Map<String, Object> rate(int numerator, int denominator) {
        Map<String, Object> rate = new HashMap<>();
        rate.put("numerator", (double) numerator);
        rate.put("denominator", (double) denominator);
        rate.put("value", denominator == 0 ? null : (double) numerator / denominator);
        return rate;
    }

    private static List<Map<String, Object>> ruleCounts(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> Map.<String, Object>of("rule", e.getKey(), "count", e.getValue().intValue())).toList();
    }
}
