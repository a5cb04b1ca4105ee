package dev.crosswise.experiment;

import static dev.crosswise.TestShop.ok;
import static dev.crosswise.TestShop.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import dev.crosswise.rules.Facts;
import dev.crosswise.rules.RuleEngine;
import dev.crosswise.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A champion/challenger experiment with a holdout, over real HTTP and the real graph, in March 2010 (a month no other
 * test decides in). The shop: an anchor A whose page offers its strongest pairing, B; a challenger rule set keeps B
 * back, so its customers are offered the other pairing, C, which they buy far more often. Every customer is decided
 * for once on A's page; then, by the customer's place within its arm (0, 1, 2… in the order they were decided):
 * <pre>
 * champion   offered B; buys B (20 EUR) when place % 10 &lt; 3
 * challenger offered C; buys C (20 EUR) when place % 10 &lt; 8
 * holdout    offered nothing
 * everyone   buys D (10 EUR, never offered) when place % 5 == 0
 * </pre>
 * So the challenger earns about 10 EUR per customer more than the champion, and the champion about 6 more than the
 * holdout: what Crosswise's offers earn at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class ExperimentsEndToEndTest extends CrosswiseHttpTest {

    private static final int CUSTOMERS = 120;
    private static final Instant START = Instant.parse("2010-03-01T00:00:00Z");

    private static final String EXPERIMENT = """
            query($name: String!) {
              experiment(name: $name) {
                name status hypothesis primaryMetric minimumDetectableEffect start end daysRun minimumDays population
                arms { name weight control holdout varies customers decisions exposures conversions
                       metric { value low high pValue } lift { value low high pValue } }
                srm { pValue flagged } test sampleUnit requiredSamplePerArm daysToRequiredSample verdict file
              }
            }""";

    private TestShop shop;
    private String name;
    private String a;
    private String b;
    private String c;
    /** Per arm: the customers' numbers, their revenue from the purchases below, and what they were offered. */
    private final Map<String, List<Integer>> customersOf = new HashMap<>();
    private final Map<String, List<Double>> revenueOf = new HashMap<>();
    private final Map<String, Integer> exposuresOf = new HashMap<>();
    private final Map<String, Integer> conversionsOf = new HashMap<>();
    private final Map<String, String> armOfCustomer = new HashMap<>();
    private final List<String> ids = new ArrayList<>();

    @BeforeAll
    void aMonthOfTheExperiment() throws IOException {
        graphQl = graphQl(Role.ADMIN);
        shop = new TestShop(graphQl);
        b = product(20, List.of());
        c = product(20, List.of());
        String d = product(10, List.of());
        a = product(30, List.of(Map.of("sku", b, "strength", 0.9), Map.of("sku", c, "strength", 0.8)));
        name = unique("e2e-challenger");
        Files.createDirectories(EXPERIMENTS.resolve(name + "/guardrails"));
        Files.writeString(EXPERIMENTS.resolve(name + "/guardrails/challenger.drl"), """
                // The challenger: keep B back, so that its customers are offered C.
                package guardrails;

                import dev.crosswise.rules.facts.*;

                rule "Challenger: offer the second pairing"
                when
                    $candidate : Candidate(sku == "%s")
                then
                    insert(new Suppression($candidate, drools.getRule().getName(), "the challenger offers another pairing"));
                end
                """.formatted(b));
        Files.writeString(EXPERIMENTS.resolve(name + ".yaml"), """
                name: %s
                hypothesis: Offering the second pairing on the anchor's page sells more than the first.
                start: 2010-03-01
                end: 2010-03-29
                primaryMetric: revenuePerCustomer
                minimumDetectableEffect: 10
                arms:
                  - name: champion
                    weight: 34
                  - name: challenger
                    weight: 33
                    rules: %s
                  - name: holdout
                    weight: 33
                    holdout: true
                """.formatted(name, name));
        awaitThat(() -> experiment() != null, "the service takes up the experiment file");

        for (int i = 0; i < CUSTOMERS; i++) {
            String customer = shop.newCustomer();
            ids.add(customer);
            Instant at = START.plus(10, ChronoUnit.HOURS).plus(i % 28, ChronoUnit.DAYS);
            Map<String, Object> decision = decide(customer, at);
            List<Map<String, Object>> experiments = (List<Map<String, Object>>) decision.get("experiments");
            assertThat(experiments).hasSize(1);
            assertThat(experiments.getFirst()).containsEntry("experiment", name);
            String arm = (String) experiments.getFirst().get("arm");
            armOfCustomer.put(customer, arm);
            List<String> offered = ((List<Map<String, Map<String, String>>>) decision.get("actions")).stream()
                    .map(action -> action.get("product").get("sku")).toList();
            double revenue = 0;
            // who buys goes by the customer's place in its arm, not in the whole list: the arms are drawn at random
            // (the customer ids are new at every run), and each arm must still buy at its own rate
            int place = customersOf.getOrDefault(arm, List.of()).size();
            switch (arm) {
                case "champion" -> {
                    assertThat(offered).containsExactly(b);
                    if (place % 10 < 3) {
                        purchase(customer, b, at);
                        revenue += 20;
                        conversionsOf.merge(arm, 1, Integer::sum);
                    }
                }
                case "challenger" -> {
                    assertThat(offered).containsExactly(c);
                    assertThat((String) decision.get("rulesVersion")).isNotEqualTo(servingRulesVersion());
                    if (place % 10 < 8) {
                        purchase(customer, c, at);
                        revenue += 20;
                        conversionsOf.merge(arm, 1, Integer::sum);
                    }
                }
                case "holdout" -> {
                    assertThat(offered).isEmpty();
                    assertThat(decision).containsEntry("heldOut", true);
                }
                default -> throw new AssertionError("unknown arm " + arm);
            }
            if (place % 5 == 0) {
                purchase(customer, d, at.plus(1, ChronoUnit.HOURS));
                revenue += 10;
            }
            exposuresOf.merge(arm, offered.size(), Integer::sum);
            customersOf.computeIfAbsent(arm, k -> new ArrayList<>()).add(i);
            revenueOf.computeIfAbsent(arm, k -> new ArrayList<>()).add(revenue);
        }
    }

    @AfterAll
    void removeTheExperiment() throws IOException {
        Files.deleteIfExists(EXPERIMENTS.resolve(name + ".yaml"));
        Files.deleteIfExists(EXPERIMENTS.resolve(name + "/guardrails/challenger.drl"));
        awaitThat(() -> experiment() == null, "the service lets the experiment go");
    }

    @Test
    void theResultsShowTheChallengersLiftAndWhatTheOffersEarnAgainstTheHoldout() {
        Map<String, Object> experiment = experiment();

        assertThat(experiment).containsEntry("status", "ENDED").containsEntry("daysRun", 28)
                .containsEntry("minimumDays", 14).containsEntry("primaryMetric", "revenuePerCustomer")
                .containsEntry("test", "Welch's t-test").containsEntry("sampleUnit", "customers")
                .containsEntry("population", "all customers").containsEntry("file", "experiments/" + name + ".yaml")
                .containsEntry("start", "2010-03-01T00:00:00Z").containsEntry("end", "2010-03-29T00:00:00Z");
        Map<String, Map<String, Object>> arms = new HashMap<>();
        ((List<Map<String, Object>>) experiment.get("arms")).forEach(arm -> arms.put((String) arm.get("name"), arm));
        for (String arm : List.of("champion", "challenger", "holdout")) {
            List<Double> revenue = revenueOf.get(arm);
            assertThat(arms.get(arm))
                    .containsEntry("customers", revenue.size())
                    .containsEntry("decisions", revenue.size())
                    .containsEntry("exposures", exposuresOf.getOrDefault(arm, 0))
                    .containsEntry("conversions", conversionsOf.getOrDefault(arm, 0));
            double mean = revenue.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            assertThat((Double) ((Map<String, Object>) arms.get(arm).get("metric")).get("value"))
                    .as("revenue per customer of %s", arm).isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-9));
        }
        assertThat(arms.get("champion")).containsEntry("control", true).containsEntry("lift", null)
                .containsEntry("varies", null);
        assertThat(arms.get("challenger")).containsEntry("varies", "rules");
        assertThat(arms.get("holdout")).containsEntry("holdout", true).containsEntry("varies", "holdout");
        Map<String, Double> challengerLift = (Map<String, Double>) arms.get("challenger").get("lift");
        Map<String, Double> holdoutLift = (Map<String, Double>) arms.get("holdout").get("lift");
        assertThat(challengerLift.get("low")).as("the challenger's lift, all of its interval").isPositive();
        assertThat(challengerLift.get("pValue")).isLessThan(0.025);
        assertThat(holdoutLift.get("high")).as("the holdout earns less: the offers' incremental revenue").isNegative();
        assertThat((Map<String, Object>) experiment.get("srm")).containsEntry("flagged", false);
        assertThat(((Number) experiment.get("requiredSamplePerArm")).intValue()).isLessThan(revenueOf.get("holdout").size());
        assertThat((String) experiment.get("verdict")).startsWith("Ended (each arm at p < 0.02500, Bonferroni): ")
                .contains("'challenger' beats the control: revenuePerCustomer +")
                .contains("'holdout' does worse than the control: revenuePerCustomer -");
    }

    @Test
    void metricsBreakTheExposuresDownByExperimentArm() {
        Map<String, Object> report = ok(graphQl(Role.ANALYST).document("""
                { metrics(from: "2010-03-01T00:00:00Z", to: "2010-03-29T00:00:00Z", groupBy: [EXPERIMENT_ARM]) {
                    groups { key metrics { decisions exposures attributedPurchases } } } }""").executeSync())
                .field("metrics").getValue();

        Map<List<String>, Map<String, Object>> groups = new HashMap<>();
        ((List<Map<String, Object>>) report.get("groups"))
                .forEach(g -> groups.put((List<String>) g.get("key"), (Map<String, Object>) g.get("metrics")));
        assertThat(groups.get(List.of(name + "/champion")))
                .containsEntry("exposures", exposuresOf.get("champion"))
                .containsEntry("attributedPurchases", conversionsOf.get("champion"));
        assertThat(groups.get(List.of(name + "/challenger")))
                .containsEntry("decisions", revenueOf.get("challenger").size())
                .containsEntry("attributedPurchases", conversionsOf.get("challenger"));
        assertThat(groups).doesNotContainKey(List.of(name + "/holdout")); // offered nothing: no exposure to count
    }

    @Test
    void aHeldOutCustomerIsOfferedNothingAndToldWhy() {
        String heldOut = customerIn("holdout");

        Map<String, Object> decision = ok(graphQl.document("""
                query($id: ID!, $at: DateTime, $context: DecisionContext) {
                  whatNext(customerId: $id, at: $at, limit: 1, channel: WEB, context: $context) {
                    heldOut heldOutReason experiments { experiment arm } actions { product { sku } } } }""")
                .variable("id", heldOut).variable("at", "2010-03-15T12:00:00Z")
                .variable("context", Map.of("placement", "PRODUCT", "productSku", a)).executeSync())
                .field("whatNext").getValue();

        assertThat(decision).containsEntry("heldOut", true).containsEntry("actions", List.of())
                .containsEntry("experiments", List.of(Map.of("experiment", name, "arm", "holdout")));
        assertThat((String) decision.get("heldOutReason")).startsWith("Held out by experiment '" + name
                + "' (arm 'holdout'): this customer is offered nothing while it runs");
    }

    @Test
    void outsideTheDatesNoCustomerIsInTheExperiment() {
        Map<String, Object> decision = ok(graphQl.document("""
                query($id: ID!) { whatNext(customerId: $id, at: "2010-04-15T12:00:00Z") { heldOut experiments { arm } } }""")
                .variable("id", customerIn("holdout")).executeSync()).field("whatNext").getValue();

        assertThat(decision).containsEntry("heldOut", false).containsEntry("experiments", List.of());
    }

    @Test
    void theArmsAreTheSameForAnotherInstanceReadingTheSameFiles() {
        ExperimentsFolder another = ExperimentsFolder.readOnce(Path.of("rules"), EXPERIMENTS, new RuleEngine(Facts.RULES));
        ExperimentDefinition experiment = another.serving().named(name);

        for (String customer : ids) {
            assertThat(experiment.armOf(Assignment.bucket(name, "", customer)).name()).isEqualTo(armOfCustomer.get(customer));
        }
    }

    @Test
    void aBrokenFileIsALocatedProblemAndTheExperimentKeepsServing() throws IOException {
        Path broken = EXPERIMENTS.resolve(name + "-broken.yaml");
        Files.writeString(broken, "name: " + name + "-broken\nhypothesis: x\nstart: 2010-03-01\nprimaryMetric: revenue\n");
        try {
            awaitThat(() -> !problems().isEmpty(), "the service reports the broken file");
            assertThat(problems()).singleElement().isEqualTo(Map.of("file", "experiments/" + name + "-broken.yaml",
                    "line", 4, "column", 16, "message", "primaryMetric 'revenue' is not one of " + PrimaryMetric.known()));
            assertThat(experiment()).isNotNull();
            // whatNext: nothing recorded, so the other tests' counts stay as they are
            Map<String, Object> decision = ok(graphQl.document("""
                    query($id: ID!) { whatNext(customerId: $id, at: "2010-03-20T10:00:00Z") { experiments { experiment arm } } }""")
                    .variable("id", customerIn("champion")).executeSync()).field("whatNext").getValue();
            assertThat((List<Map<String, Object>>) decision.get("experiments"))
                    .containsExactly(Map.of("experiment", name, "arm", "champion"));
        } finally {
            Files.delete(broken);
            awaitThat(() -> problems().isEmpty(), "the problem goes with the file");
        }
    }

    @Test
    void theFrontendKeyCannotReadExperimentsAndAnUnknownNameIsNull() {
        var refused = graphQl(Role.FRONTEND).document("{ experiments { name } }").executeSync();
        assertThat(refused.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));

        var unknown = ok(graphQl(Role.ANALYST).document("{ experiment(name: \"no-such-experiment\") { name } }")
                .executeSync());
        assertThat((Object) unknown.field("experiment").getValue()).isNull();
        var blank = graphQl(Role.ANALYST).document("{ experiment(name: \" \") { name } }").executeSync();
        assertThat(blank.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
    }

    private String customerIn(String arm) {
        return armOfCustomer.entrySet().stream().filter(e -> e.getValue().equals(arm)).map(Map.Entry::getKey)
                .sorted().findFirst().orElseThrow();
    }

    private Map<String, Object> experiment() {
        return ok(graphQl(Role.ANALYST).document(EXPERIMENT).variable("name", name).executeSync())
                .field("experiment").getValue();
    }

    private List<Map<String, Object>> problems() {
        return ok(graphQl(Role.ANALYST).document("{ ruleSet { experimentProblems { file line column message } } }")
                .executeSync()).field("ruleSet.experimentProblems").getValue();
    }

    private String servingRulesVersion() {
        return ok(graphQl.document("{ ruleSet { version } }").executeSync()).field("ruleSet.version").getValue();
    }

    private Map<String, Object> decide(String customer, Instant at) {
        return ok(graphQl.document("""
                mutation($id: ID!, $at: DateTime, $context: DecisionContext) {
                  decide(customerId: $id, at: $at, limit: 1, channel: WEB, context: $context) {
                    id rulesVersion heldOut experiments { experiment arm } actions { product { sku } } } }""")
                .variable("id", customer).variable("at", at.toString())
                .variable("context", Map.of("placement", "PRODUCT", "productSku", a)).executeSync())
                .field("decide").getValue();
    }

    private void purchase(String customer, String sku, Instant decidedAt) {
        shop.purchase(customer, sku, unique("O"), decidedAt.plus(2, ChronoUnit.HOURS).toString());
    }

    private String product(double price, List<Map<String, Object>> complements) {
        String sku = unique("P-X");
        Map<String, Object> input = new HashMap<>(Map.of("sku", sku, "name", "Experiment product " + sku, "price", price,
                "margin", 0.5, "stock", 10));
        input.put("complements", complements);
        ok(shop.execute("upsertProduct", Map.of("input", input)));
        return sku;
    }

    private static void awaitThat(Supplier<Boolean> condition, String what) {
        long until = System.nanoTime() + 120_000_000_000L;
        while (!condition.get()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
