package dev.crosswise.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crosswise.graph.TestGraph;
import dev.crosswise.rules.FailingRule;
import dev.crosswise.rules.Facts;
import dev.crosswise.rules.RuleCompiler;
import dev.crosswise.rules.RuleProblem;
import dev.crosswise.rules.RuleSet;
import dev.crosswise.simulation.WhatIfWiring;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario format and runner: what a passing, a failing and an unreadable scenario report. */
class ScenarioRunnerTest {

    private final ScenarioRunner runner = new ScenarioRunner(WhatIfWiring.whatIf(TestGraph.get().graph(), Facts.RULES));

    @Test
    void aScenarioThatComesOutAsExpectedPasses() {
        var scenario = ScenarioFiles.parse("scenarios/test.yaml", """
                name: Ada the day after the blazer
                customer: C-ADA
                at: 2026-11-20T09:00:00Z
                expect:
                  recommended:
                    - { sku: W-SHO-OXF, strategy: completion, moment: post-purchase, top: 1 }
                  suppressed:
                    - { sku: W-SHT-WHITE, rule: Never offer what the customer owns }
                """).getFirst();

        var result = runner.run(scenario, Facts.RULES);

        assertThat(result.status()).isEqualTo(ScenarioResult.Status.PASS);
        assertThat(result.differences()).isEmpty();
    }

    @Test
    void aFailingScenarioSaysWhatWasExpectedAndWhatCameInstead() {
        var scenario = ScenarioFiles.parse("scenarios/test.yaml", """
                scenarios:
                  - name: Ada a week later, wrongly expecting the moment
                    customer: C-ADA
                    at: 2026-11-27T09:00:00Z
                    expect:
                      recommended:
                        - { sku: W-SHO-OXF, moment: POST_PURCHASE }
                      notSuppressed:
                        - { sku: W-SHT-WHITE }
                """).getFirst();

        var result = runner.run(scenario, Facts.RULES);

        assertThat(result.status()).isEqualTo(ScenarioResult.Status.FAIL);
        assertThat(result.differences()).hasSize(2);
        assertThat(result.differences().get(0))
                .contains("expected recommended: W-SHO-OXF, moment POST_PURCHASE")
                .containsPattern("W-SHO-OXF is offered as #\\d W-SHO-OXF COMPLETION, moment NONE");
        assertThat(result.differences().get(1)).contains("expected NOT suppressed: W-SHT-WHITE")
                .contains("Never offer what the customer owns");
        assertThat(result.actual()).anySatisfy(line -> assertThat(line).matches("#\\d W-SHO-OXF COMPLETION.*"));
        assertThat(ScenarioReport.of(java.util.List.of(), java.util.List.of(result)))
                .startsWith("FAIL  scenarios/test.yaml: Ada a week later, wrongly expecting the moment")
                .contains("actual decision:");
    }

    @Test
    void aCustomerMissingFromTheGraphIsSkippedNotFailed() {
        var scenario = ScenarioFiles.parse("scenarios/test.yaml", """
                customer: C-NOT-IN-THIS-GRAPH
                at: 2026-11-20T09:00:00Z
                expect:
                  recommended: [{ sku: W-SHO-OXF }]
                """).getFirst();

        assertThat(runner.run(scenario, Facts.RULES).status()).isEqualTo(ScenarioResult.Status.SKIP);
    }

    @Test
    void onRulesThatFailWhileDecidingAScenarioCouldNotRunAndSaysWhichRuleFailed() {
        var scenario = ScenarioFiles.parse("scenarios/test.yaml", ADA_AFTER_THE_BLAZER).getFirst();

        var result = runner.run(scenario, rulesWithSpotlight());

        assertThat(result.status()).isEqualTo(ScenarioResult.Status.FAIL);
        assertThat(result.differences()).singleElement().asString()
                .startsWith("the scenario could not run").contains(FailingRule.NAME).contains("spotlight not configured");
    }

    @Test
    void onceTheRulesHaveFailedTheScenariosNotStartedAreSkippedAsNotRun() {
        List<Scenario> scenarios = List.of("scenarios/one.yaml", "scenarios/two.yaml").stream()
                .map(file -> ScenarioFiles.parse(file, ADA_AFTER_THE_BLAZER).getFirst()).toList();

        var results = runner.run(scenarios, Facts.RULES, () -> true);

        assertThat(results).extracting(ScenarioResult::file).containsExactly("scenarios/one.yaml", "scenarios/two.yaml");
        assertThat(results).allSatisfy(result -> {
            assertThat(result.status()).isEqualTo(ScenarioResult.Status.SKIP);
            assertThat(result.differences()).containsExactly("not run: the rules had failed already");
        });
        assertThat(runner.run(scenarios, Facts.RULES, () -> false)).extracting(ScenarioResult::status)
                .containsOnly(ScenarioResult.Status.PASS);
    }

    @Test
    void eventTimesCanBeWrittenRelativeToTheDecisionTime() {
        var scenario = ScenarioFiles.parse("scenarios/test.yaml", """
                customer: C-ADA
                at: 2026-11-20T09:00:00Z
                events:
                  - { type: view, sku: W-SHO-OXF, at: 3d before }
                  - { type: VISIT, at: 90m before }
                expect:
                  recommended: [{ sku: W-SHO-OXF }]
                """).getFirst();

        assertThat(scenario.events()).extracting(e -> e.at())
                .containsExactly(OffsetDateTime.parse("2026-11-17T09:00:00Z"), OffsetDateTime.parse("2026-11-20T07:30:00Z"));
        assertThat(scenario.events().getFirst().type()).isEqualTo("VIEW");
    }

    @Test
    void aTypoInAKeyIsAProblemNotASilentlyIgnoredExpectation() {
        var error = catchThrowableOfType(ScenarioFiles.ScenarioFileException.class, () -> ScenarioFiles.parse(
                "scenarios/typo.yaml", """
                        customer: C-ADA
                        at: 2026-11-20T09:00:00Z
                        expect:
                          recomended: [{ sku: W-SHO-OXF }]
                        """));

        assertThat(error.problem.file()).isEqualTo("scenarios/typo.yaml");
        assertThat(error.problem.message()).contains("unknown key 'recomended'").contains("recommended");
        assertThat(error.problem.line()).isEqualTo(4);
        assertThat(error.problem.column()).isEqualTo(3);
    }

    @Test
    void aProblemInTheSecondScenarioOfAFileIsPlacedAtThatScenario() {
        var error = catchThrowableOfType(ScenarioFiles.ScenarioFileException.class, () -> ScenarioFiles.parse(
                "scenarios/two.yaml", """
                        scenarios:
                          - name: Ada after the blazer
                            customer: C-ADA
                            at: 2026-11-20T09:00:00Z
                            expect:
                              recommended: [{ sku: W-SHO-OXF }]
                          - name: Ada a week later
                            customer: C-ADA
                            expect:
                              recommended: [{ sku: W-SHO-OXF }]
                        """));

        assertThat(error.problem.message()).contains("'at'");
        assertThat(error.problem.line()).isEqualTo(7);
    }

    @Test
    void aScenarioWhoseNameIsPartOfAnEarlierOnesIsStillTheOnePlaced() {
        var error = catchThrowableOfType(ScenarioFiles.ScenarioFileException.class, () -> ScenarioFiles.parse(
                "scenarios/names.yaml", """
                        scenarios:
                          - name: Ada a week later
                            customer: C-ADA
                            at: 2026-11-20T09:00:00Z
                            expect:
                              recommended: [{ sku: W-SHO-OXF }]
                          - name: Ada
                            customer: C-ADA
                            expect:
                              recommended: [{ sku: W-SHO-OXF }]
                        """));

        assertThat(error.problem.message()).contains("'at'");
        assertThat(error.problem.line()).isEqualTo(7);
    }

    @Test
    void aScenarioFileSavedInAnotherEncodingThanUtf8IsAProblemAtItsLine(@TempDir Path rules) throws IOException {
        Path scenarios = Files.createDirectories(rules.resolve("scenarios"));
        Files.writeString(scenarios.resolve("ada.yaml"), ADA_AFTER_THE_BLAZER);
        Files.write(scenarios.resolve("cafe.yaml"), (ADA_AFTER_THE_BLAZER.replace("Ada", "Ada au caf\u00e9"))
                .getBytes(StandardCharsets.ISO_8859_1));

        var loaded = ScenarioFiles.load(scenarios);

        assertThat(loaded.scenarios()).extracting(Scenario::name).containsExactly("Ada the day after the blazer");
        assertThat(loaded.problems()).containsExactly(new RuleProblem("scenarios/cafe.yaml", 1,
                "name: Ada au caf".length(), "not UTF-8 text (byte 0xE9): save the file as UTF-8"));
    }

    @Test
    void aYamlSyntaxErrorHasItsLine() {
        var error = catchThrowableOfType(ScenarioFiles.ScenarioFileException.class, () -> ScenarioFiles.parse(
                "scenarios/broken.yaml", "customer: C-ADA\nat: 2026-11-20T09:00:00Z\nexpect:\n  recommended: [{ sku: W-SHO-OXF }\n"));

        assertThat(error.problem.line()).isGreaterThanOrEqualTo(4);
        assertThat(error.problem.message()).startsWith("not valid YAML");
    }

    private static final String ADA_AFTER_THE_BLAZER = """
            name: Ada the day after the blazer
            customer: C-ADA
            at: 2026-11-20T09:00:00Z
            expect:
              recommended: [{ sku: W-SHO-OXF }]
            """;

    /** The repository's rules and one more that throws for every completion candidate. */
    private static RuleSet rulesWithSpotlight() {
        Map<String, String> sources = new TreeMap<>(RuleCompiler.readDirectory(Path.of("rules")));
        sources.put("timing/spotlight.drl", "package timing;\n\nimport dev.crosswise.rules.facts.*;\n\n" + FailingRule.DRL);
        return RuleCompiler.compile(sources);
    }
}
