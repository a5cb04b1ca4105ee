package dev.crosswise.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.graph.TestGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** {@code Query.simulate} over real HTTP: what-if events, profile changes and candidate rules, never written. */
class SimulateEndToEndTest extends CrosswiseHttpTest {

    static final Map<String, Object> MARGARET_BUYS_THE_BLAZER = Map.of(
            "customerId", "C-MARGARET", "at", "2026-11-20T10:00:00Z",
            "events", List.of(Map.of("type", "PURCHASE", "sku", "W-BLZ-NAVY", "at", "2026-11-20T09:00:00Z")));

    @Test
    void aSimulatedPurchaseShowsItsMomentAndWritesNothing() {
        long[] before = graphSize();

        var simulated = simulate(MARGARET_BUYS_THE_BLAZER);

        assertThat(graphSize()).containsExactly(before);
        List<Map<String, Object>> actions = simulated.field("simulate.decision.actions").getValue();
        assertThat(actions).anySatisfy(a -> {
            assertThat(a.get("product")).isEqualTo(Map.of("sku", "W-SHO-OXF"));
            assertThat(a).containsEntry("strategy", "COMPLETION").containsEntry("moment", "POST_PURCHASE");
        });
        // the look now starts from the blazer, as after a real purchase: what she owns of it is not offered
        assertThat(actions).noneSatisfy(a -> assertThat(a.get("product")).isEqualTo(Map.of("sku", "W-BLZ-NAVY")));
        List<Map<String, Object>> suppressed = simulated.field("simulate.decision.suppressed").getValue();
        assertThat(suppressed).anySatisfy(s -> {
            assertThat(s.get("product")).isEqualTo(Map.of("sku", "W-SHT-WHITE"));
            assertThat(s).containsEntry("rule", "Never offer what the customer owns");
        });
        assertThat(simulated.field("simulate.assumptions").<List<String>>getValue())
                .anySatisfy(line -> assertThat(line).contains("PURCHASE W-BLZ-NAVY"))
                .anySatisfy(line -> assertThat(line).contains("Nothing was written"));

        // The real graph never saw it: whatNext for the same moment has the blazer in the cart and no moment.
        var real = graphQl.documentName("whatNext")
                .variables(Map.of("customerId", "C-MARGARET", "at", "2026-11-20T10:00:00Z")).executeSync();
        List<Map<String, Object>> realActions = real.field("whatNext.actions").getValue();
        assertThat(realActions).noneSatisfy(a -> assertThat(a.get("moment")).isEqualTo("POST_PURCHASE"));
    }

    @Test
    void aSimulatedPurchaseOpensTheGapsOfItsSolutionAsARealOneWould() {
        // Ada owns nothing of the home-office setup; had she bought the desk an hour ago, its other parts are gaps
        var simulated = simulate(Map.of("customerId", "C-ADA", "at", "2026-11-20T10:00:00Z", "limit", 20,
                "events", List.of(Map.of("type", "PURCHASE", "sku", "H-DESK", "at", "2026-11-20T09:00:00Z"))));

        List<Map<String, Object>> actions = simulated.field("simulate.decision.actions").getValue();
        assertThat(actions).anySatisfy(a -> {
            assertThat(a.get("product")).isEqualTo(Map.of("sku", "H-CHAIR"));
            assertThat(a).containsEntry("strategy", "COMPLETION").containsEntry("moment", "POST_PURCHASE");
            assertThat(reasonPaths(a)).anySatisfy(path -> assertThat(path).contains("Product:H-DESK"));
        });
        assertThat(simulated.field("simulate.assumptions").<List<String>>getValue())
                .noneSatisfy(line -> assertThat(line).contains("opens no gap"));

        var real = graphQl.documentName("whatNext")
                .variables(Map.of("customerId", "C-ADA", "at", "2026-11-20T10:00:00Z")).executeSync();
        List<Map<String, Object>> realActions = real.field("whatNext.actions").getValue();
        assertThat(realActions).noneSatisfy(a -> assertThat(a.get("product")).isEqualTo(Map.of("sku", "H-CHAIR")));
    }

    @Test
    void aSimulatedReturnAnchorsNothingAndASimulatedCartAdditionAnchorsComplements() {
        // Margaret's office look starts from what she owns; returning both parts leaves nothing to complete
        var returned = simulate(Map.of("customerId", "C-MARGARET", "at", "2026-11-20T10:00:00Z", "limit", 20,
                "events", List.of(Map.of("type", "RETURN", "sku", "W-SHT-WHITE"),
                        Map.of("type", "RETURN", "sku", "W-TRS-GREY"))));
        List<Map<String, Object>> actions = returned.field("simulate.decision.actions").getValue();
        assertThat(actions).noneSatisfy(a -> assertThat(a.get("strategy")).isEqualTo("COMPLETION"));

        // Linus (smart lighting) puts starter running shoes in his cart: their pairing, the socks, is proposed
        var carted = simulate(Map.of("customerId", "C-LINUS", "at", "2026-11-20T10:00:00Z", "limit", 20,
                "events", List.of(Map.of("type", "CART_ADD", "sku", "R-SHOE-START", "at", "2026-11-20T09:00:00Z"))));
        List<Map<String, Object>> proposed = new java.util.ArrayList<>(
                carted.field("simulate.decision.actions").<List<Map<String, Object>>>getValue());
        proposed.addAll(carted.field("simulate.decision.suppressed").<List<Map<String, Object>>>getValue());
        assertThat(proposed).anySatisfy(a -> {
            assertThat(a.get("product")).isEqualTo(Map.of("sku", "R-SOCK-PACK"));
            assertThat(a).containsEntry("strategy", "COMPLEMENT");
        });
    }

    @Test
    void whatASimulationTakesOutOfTheCartAnchorsNothingMore() {
        // Margaret's blazer is in her cart: its pairing, the tie, is proposed because of it
        var real = simulate(Map.of("customerId", "C-MARGARET", "at", "2026-11-20T10:00:00Z", "limit", 20));
        assertThat(reasonTexts(real, "W-TIE-SILK")).anySatisfy(text -> assertThat(text).contains("is in the cart"));

        for (Map<String, String> takenOut : List.<Map<String, String>>of(
                Map.of("type", "CART_REMOVE", "sku", "W-BLZ-NAVY", "at", "2026-11-20T09:00:00Z"),
                Map.of("type", "CHECKOUT", "at", "2026-11-20T09:00:00Z"))) {
            var simulated = simulate(Map.of("customerId", "C-MARGARET", "at", "2026-11-20T10:00:00Z", "limit", 20,
                    "events", List.of(takenOut)));
            assertThat(reasonTexts(simulated, "W-TIE-SILK")).noneSatisfy(text -> assertThat(text).contains("in the cart"));
        }
    }

    private static List<String> reasonTexts(ClientGraphQlResponse response, String sku) {
        List<Map<String, Object>> actions = response.field("simulate.decision.actions").getValue();
        return actions.stream().filter(a -> a.get("product").equals(Map.of("sku", sku)))
                .flatMap(a -> reasonTexts(a).stream()).toList();
    }

    @Test
    void aSimulatedUsageMovesTheUpgradeAsARealOneWould() {
        // Alan has used his starter shoes 82 %; had he reported 95 %, their next level says so and scores higher
        var real = simulate(Map.of("customerId", "C-ALAN", "at", "2026-11-20T10:00:00Z", "limit", 20));
        var simulated = simulate(Map.of("customerId", "C-ALAN", "at", "2026-11-20T10:00:00Z", "limit", 20,
                "events", List.of(Map.of("type", "USAGE", "sku", "R-SHOE-START", "usagePercent", 95))));

        Map<String, Object> before = nextShoes(real);
        Map<String, Object> after = nextShoes(simulated);
        assertThat(reasonTexts(before)).anySatisfy(text -> assertThat(text).contains("has used 82 %"));
        assertThat(reasonTexts(after)).anySatisfy(text -> assertThat(text).contains("has used 95 %"));
        assertThat((Double) after.get("score")).isGreaterThan((Double) before.get("score"));
    }

    @Test
    void simulatedPurchasesEarnTheirPointsAndATierReachedThatWayCounts() {
        // Ada is Silver; a 799 EUR chair and a 449 EUR blazer take her past Gold's 2 500 points
        var real = simulate(Map.of("customerId", "C-ADA", "at", "2026-11-20T10:00:00Z"));
        var simulated = simulate(Map.of("customerId", "C-ADA", "at", "2026-11-20T10:00:00Z",
                "events", List.of(Map.of("type", "PURCHASE", "sku", "H-CHAIR-PRO"),
                        Map.of("type", "PURCHASE", "sku", "W-BLZ-CASH"))));

        assertThat(points(real)).isLessThan(2500);
        assertThat(points(simulated)).isEqualTo(points(real) + 799 + 449);
        assertThat(spend(simulated)).isEqualTo(spend(real) + 799.0 + 449.0);
        // Gold earned: its weighting scores every action, as it would once the purchases were real
        assertThat(actionsOf(real)).isNotEmpty()
                .noneSatisfy(a -> assertThat(reasonRules(a)).contains("Loyalty weighting by tier"));
        assertThat(actionsOf(simulated)).isNotEmpty()
                .allSatisfy(a -> assertThat(reasonRules(a)).contains("Loyalty weighting by tier"));
    }

    @Test
    void aSimulatedReturnTakesBackThePricePaidAndItsPoints() {
        // Ada paid 189 EUR for the navy blazer
        var real = simulate(Map.of("customerId", "C-ADA", "at", "2026-11-20T10:00:00Z"));
        var simulated = simulate(Map.of("customerId", "C-ADA", "at", "2026-11-20T10:00:00Z",
                "events", List.of(Map.of("type", "RETURN", "sku", "W-BLZ-NAVY"),
                        Map.of("type", "RETURN", "sku", "W-BLZ-NAVY"))));

        // returned once: the second return of the same blazer has nothing left to refund
        assertThat(points(simulated)).isEqualTo(points(real) - 189);
        assertThat(spend(simulated)).isEqualTo(spend(real) - 189.0);
    }

    private static int points(ClientGraphQlResponse response) {
        return response.field("simulate.decision.customer.points").<Integer>getValue();
    }

    private static double spend(ClientGraphQlResponse response) {
        return response.field("simulate.decision.customer.spend").<Double>getValue();
    }

    private static List<Map<String, Object>> actionsOf(ClientGraphQlResponse response) {
        return response.field("simulate.decision.actions").getValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasonRules(Map<String, Object> action) {
        return ((List<Map<String, Object>>) action.get("reasons")).stream().map(r -> String.valueOf(r.get("rule"))).toList();
    }

    private static Map<String, Object> nextShoes(ClientGraphQlResponse response) {
        List<Map<String, Object>> actions = response.field("simulate.decision.actions").getValue();
        return actions.stream().filter(a -> a.get("product").equals(Map.of("sku", "R-SHOE-TEMPO"))
                && "EVOLUTION".equals(a.get("strategy"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasonTexts(Map<String, Object> action) {
        return ((List<Map<String, Object>>) action.get("reasons")).stream().map(r -> String.valueOf(r.get("text"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasonPaths(Map<String, Object> action) {
        return ((List<Map<String, Object>>) action.get("reasons")).stream()
                .map(r -> r.get("path") == null ? "" : String.valueOf(r.get("path"))).toList();
    }

    @Test
    void aSimulatedTierChangeAndCartAddShapeTheFacts() {
        var simulated = simulate(Map.of("customerId", "C-ADA", "at", "2026-11-20T09:00:00Z",
                "events", List.of(Map.of("type", "TIER_CHANGED", "tier", "GOLD"),
                        Map.of("type", "CART_ADD", "sku", "W-TRS-GREY", "at", "2026-11-20T08:30:00Z"))));

        assertThat(simulated.field("simulate.decision.customer.tier").<String>getValue()).isEqualTo("GOLD");
        List<Map<String, Object>> suppressed = simulated.field("simulate.decision.suppressed").getValue();
        assertThat(suppressed).anySatisfy(s -> {
            assertThat(s.get("product")).isEqualTo(Map.of("sku", "W-TRS-GREY"));
            assertThat(s).containsEntry("rule", "Never offer what is in the cart");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aContextSkuNotInTheCatalogIsWarnedAboutAsInWhatNext() {
        var simulated = simulate(Map.of("customerId", "C-ADA", "at", "2026-11-20T09:00:00Z",
                "context", Map.of("placement", "PRODUCT", "productSku", "W-NOPE")));

        assertThat(simulated.getErrors()).isEmpty();
        assertThat((List<Map<String, Object>>) simulated.getExtensions().get("warnings")).extracting(w -> w.get("field"))
                .containsExactly("context.productSku");
    }

    @Test
    void candidateRulesAreComparedSideBySide() throws Exception {
        String thresholds = Files.readString(Path.of("rules/settings/thresholds.drl"))
                .replace("\"post-purchase weight\", 1.5", "\"post-purchase weight\", 3.0");
        String noShoes = """
                package guardrails;
                import dev.crosswise.rules.facts.*;

                rule "No shoes this week"
                when
                    $candidate : Candidate(category == "shoes")
                then
                    insert(new Suppression($candidate, drools.getRule().getName(), "Shoes are paused this week"));
                end
                """;

        var simulated = simulate(Map.of("customerId", "C-ADA", "at", "2026-11-20T09:00:00Z", "rules", Map.of("files",
                List.of(Map.of("path", "settings/thresholds.drl", "content", thresholds),
                        Map.of("path", "guardrails/no-shoes.drl", "content", noShoes)))));

        assertThat(simulated.field("simulate.candidateProblems").<List<?>>getValue()).isEmpty();
        assertThat(simulated.field("simulate.diff.fromVersion").<String>getValue())
                .isEqualTo(simulated.field("simulate.decision.rulesVersion").getValue());
        assertThat(simulated.field("simulate.diff.toVersion").<String>getValue())
                .isEqualTo(simulated.field("simulate.candidate.rulesVersion").getValue());
        List<Map<String, Object>> disappeared = simulated.field("simulate.diff.disappeared").getValue();
        assertThat(disappeared).anySatisfy(a -> assertThat(a.get("product")).isEqualTo(Map.of("sku", "W-SHO-OXF")));
        List<Map<String, Object>> newlySuppressed = simulated.field("simulate.diff.newlySuppressed").getValue();
        assertThat(newlySuppressed).anySatisfy(s -> assertThat(s).containsEntry("rule", "No shoes this week"));
        List<Map<String, Object>> changed = simulated.field("simulate.diff.changed").getValue();
        assertThat(changed).anySatisfy(c -> {
            assertThat(c.get("product")).isEqualTo(Map.of("sku", "W-TRS-GREY"));
            assertThat((Double) c.get("scoreAfter")).isEqualTo((Double) c.get("scoreBefore") * 2,
                    org.assertj.core.data.Offset.offset(0.002));
        });
    }

    @Test
    void candidateRulesThatDoNotCompileAreReportedWithFileAndLine() {
        var simulated = simulate(Map.of("customerId", "C-ADA", "at", "2026-11-20T09:00:00Z", "rules", Map.of("files",
                List.of(Map.of("path", "timing/broken.drl", "content",
                        "package timing;\nimport dev.crosswise.rules.facts.*;\nrule \"Broken\"\nwhen\n  Candidate(sku == )\nthen\nend\n")))));

        assertThat(simulated.field("simulate.candidate").<Object>getValue()).isNull();
        assertThat(simulated.field("simulate.decision.actions").<List<?>>getValue()).isNotEmpty();
        List<Map<String, Object>> problems = simulated.field("simulate.candidateProblems").getValue();
        assertThat(problems).first().satisfies(p -> {
            assertThat(p).containsEntry("file", "timing/broken.drl").containsEntry("line", 5);
        });
    }

    @Test
    void invalidEventsAreBadRequestsNamingTheField() {
        var later = simulate(Map.of("customerId", "C-ADA", "at", "2026-11-20T09:00:00Z",
                "events", List.of(Map.of("type", "VIEW", "sku", "W-SHO-OXF", "at", "2026-11-21T09:00:00Z"))));
        var unknown = simulate(Map.of("customerId", "C-ADA", "at", "2026-11-20T09:00:00Z",
                "events", List.of(Map.of("type", "VIEW", "sku", "W-SHO-OXF"), Map.of("type", "PURCHASE", "sku", "NOPE"))));
        var noSku = simulate(Map.of("customerId", "C-ADA", "events", List.of(Map.of("type", "CART_ADD"))));
        var outsideRules = simulate(Map.of("customerId", "C-ADA", "rules", Map.of("directory", "/etc")));

        assertBadRequest(later, "events[0].at");
        assertBadRequest(unknown, "events[1].sku");
        assertBadRequest(noSku, "events[0].sku");
        assertBadRequest(outsideRules, "rules.directory");
    }

    private static void assertBadRequest(ClientGraphQlResponse response, String field) {
        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getExtensions()).containsEntry("field", field);
            assertThat(error.getMessage()).contains(field);
        });
    }

    private static long[] graphSize() {
        var record = TestGraph.get().graph().read("""
                MATCH (n) WITH count(n) AS nodes
                MATCH ()-[r]->() RETURN nodes, count(r) AS relationships
                """, Map.of()).records().getFirst();
        return new long[] {record.get("nodes").asLong(), record.get("relationships").asLong()};
    }

    private ClientGraphQlResponse simulate(Map<String, Object> variables) {
        return graphQl.documentName("simulate").variables(variables).executeSync();
    }
}
