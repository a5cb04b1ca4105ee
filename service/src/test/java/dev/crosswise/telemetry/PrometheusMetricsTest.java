package dev.crosswise.telemetry;

import static dev.crosswise.TestShop.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a Prometheus server scrapes after the shop's traffic: decisions timed with histogram buckets, actions offered,
 * suppressions by rule, responses and events by type — each counted once (replays are not), and labelled only with
 * small fixed sets of values: never a customer, a product or a decision.
 */
class PrometheusMetricsTest extends CrosswiseHttpTest {

    private static final String DECIDE = """
            mutation($customerId: ID!, $context: DecisionContext) {
              decide(customerId: $customerId, at: "2026-11-20T09:00:00Z", channel: WEB, context: $context) {
                id
                actions { product { sku } strategy moment channel }
                suppressed { product { sku } strategy rule }
              }
            }""";
    private static final String WHAT_NEXT = """
            query($customerId: ID!) {
              whatNext(customerId: $customerId, at: "2026-11-20T09:00:00Z") { id }
            }""";

    private TestShop shop;
    private String customer;

    /** A new customer who bought the navy blazer the day before: the rest of the office look is on offer. */
    @BeforeEach
    void customerWhoJustBoughtTheBlazer() {
        shop = new TestShop(graphQl);
        customer = shop.newCustomer();
        shop.purchase(customer, "W-BLZ-NAVY", TestShop.unique("O"), "2026-11-19T10:00:00Z");
    }

    @Test
    void aRecordedDecisionIsTimedAndItsActionsAndSuppressionsAreCounted() {
        PrometheusScrape before = scrape();

        var decided = ok(graphQl.document(DECIDE).variable("customerId", customer)
                .variable("context", Map.of("placement", "HOME")).executeSync());

        PrometheusScrape after = scrape();
        Map<String, String> decision = Map.of("operation", "decide", "channel", "WEB", "placement", "HOME");
        assertThat(moved(before, after, "crosswise_decisions_seconds_count", decision)).isEqualTo(1);
        assertThat(after.sum("crosswise_decisions_seconds_sum", decision)).isPositive();

        List<Map<String, Object>> actions = decided.field("decide.actions").getValue();
        assertThat(actions).isNotEmpty();
        countedBy(actions, "strategy", "moment", "channel").forEach((labels, times) ->
                assertThat(moved(before, after, "crosswise_actions_offered_total", with(labels, "operation", "decide")))
                        .as("actions offered %s", labels).isEqualTo(times.doubleValue()));

        List<Map<String, Object>> suppressed = decided.field("decide.suppressed").getValue();
        assertThat(suppressed).as("the blazer she owns, at least, is held back").isNotEmpty();
        countedBy(suppressed, "rule", "strategy").forEach((labels, times) ->
                assertThat(moved(before, after, "crosswise_suppressions_total", with(labels, "operation", "decide")))
                        .as("suppressions %s", labels).isEqualTo(times.doubleValue()));
    }

    @Test
    void theDecisionTimerHasHistogramBucketsUpToItsCount() {
        ok(graphQl.document(WHAT_NEXT).variable("customerId", customer).executeSync());

        PrometheusScrape scrape = scrape();
        Map<String, String> asked = Map.of("operation", "whatNext", "channel", "any", "placement", "none");
        var buckets = scrape.matching("crosswise_decisions_seconds_bucket", asked).toList();
        assertThat(buckets).extracting(sample -> sample.labels().get("le"))
                .contains("0.001", "0.002", "0.005", "0.01", "0.1", "1.0", "+Inf");
        double count = scrape.sum("crosswise_decisions_seconds_count", asked);
        assertThat(count).isPositive();
        assertThat(scrape.sum("crosswise_decisions_seconds_bucket", with(asked, "le", "+Inf"))).isEqualTo(count);
    }

    @Test
    void responsesAndEventsAreCountedByTypeAndReplaysAreNot() {
        var decided = ok(graphQl.document(DECIDE).variable("customerId", customer).executeSync());
        String decisionId = decided.field("decide.id").getValue();
        String sku = decided.field("decide.actions[0].product.sku").getValue();
        PrometheusScrape before = scrape();

        var response = Map.<String, Object>of("decisionId", decisionId, "sku", sku, "type", "CLICKED");
        ok(shop.execute("recordResponse", Map.of("input", response)));
        ok(shop.execute("recordResponse", Map.of("input", response))); // a replay
        var visit = Map.<String, Object>of("eventId", TestShop.unique("E"), "type", "VISIT", "customerId", customer);
        ok(shop.recordEvent(visit));
        ok(shop.recordEvent(visit)); // a replay

        PrometheusScrape after = scrape();
        assertThat(moved(before, after, "crosswise_responses_total", Map.of("type", "CLICKED"))).isEqualTo(1);
        assertThat(moved(before, after, "crosswise_responses_total", Map.of("type", "SHOWN"))).isZero();
        assertThat(moved(before, after, "crosswise_events_total", Map.of("type", "VISIT"))).isEqualTo(1);
        assertThat(moved(before, after, "crosswise_events_total", Map.of("type", "PURCHASE"))).isZero();
    }

    @Test
    void noLabelNamesACustomerAProductOrADecision() {
        var decided = ok(graphQl.document(DECIDE).variable("customerId", customer).executeSync());
        String sku = decided.field("decide.actions[0].product.sku").getValue();
        ok(shop.execute("recordResponse", Map.of("input",
                Map.of("decisionId", decided.field("decide.id").getValue(), "sku", sku, "type", "SHOWN"))));
        Set<String> identities = new HashSet<>(Set.of(customer, "W-BLZ-NAVY", decided.field("decide.id").getValue()));
        List<Map<String, Object>> actions = decided.field("decide.actions").getValue();
        List<Map<String, Object>> suppressed = decided.field("decide.suppressed").getValue();
        actions.forEach(action -> identities.add(skuOf(action)));
        suppressed.forEach(candidate -> identities.add(skuOf(candidate)));

        Set<String> values = new HashSet<>();
        scrape().samples().stream().filter(sample -> sample.name().startsWith("crosswise_"))
                .forEach(sample -> values.addAll(sample.labels().values()));

        assertThat(values).isNotEmpty().doesNotContainAnyElementsOf(identities)
                .noneMatch(value -> value.startsWith("C-") || value.matches("[A-Z]-[A-Z]{3}-.*"));
    }

    private PrometheusScrape scrape() {
        return PrometheusScrape.of(baseUrl(), PROMETHEUS_KEY);
    }

    private static double moved(PrometheusScrape before, PrometheusScrape after, String name, Map<String, String> labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }

    /** How many of {@code items} share each combination of {@code fields} (a null field is the label "none"). */
    private static Map<Map<String, String>, Long> countedBy(List<Map<String, Object>> items, String... fields) {
        Map<Map<String, String>, Long> counts = new HashMap<>();
        for (Map<String, Object> item : items) {
            Map<String, String> labels = new HashMap<>();
            for (String field : fields) {
                labels.put(field, item.get(field) == null ? "none" : item.get(field).toString());
            }
            counts.merge(labels, 1L, Long::sum);
        }
        return counts;
    }

    private static Map<String, String> with(Map<String, String> labels, String name, String value) {
        Map<String, String> more = new HashMap<>(labels);
        more.put(name, value);
        return more;
    }

    @SuppressWarnings("unchecked")
    private static String skuOf(Map<String, Object> item) {
        return (String) ((Map<String, Object>) item.get("product")).get("sku");
    }
}
