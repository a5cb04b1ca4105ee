package dev.crosswise.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.TemporaryDirectories;
import dev.crosswise.graph.TestGraph;
import dev.crosswise.scenario.ScenarioRunner;
import dev.crosswise.simulation.WhatIfWiring;
import dev.crosswise.rules.Facts;
import dev.crosswise.rules.RuleEngine;
import dev.crosswise.rules.RuleSet;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The experiments folder as the service reads it: the whole set checked before it serves, a bad file leaving the
 * previous experiments serving with the problem at its line, and arms that vary the rules compiled like serving rules.
 */
class ExperimentsFolderTest {

    private static final Path RULES = Path.of("rules");
    private final Path dir = TemporaryDirectories.removedAtExit("experiments");
    private final RuleEngine engine = new RuleEngine(Facts.RULES);

    @AfterEach
    void remove() {
        TemporaryDirectories.remove(dir);
    }

    @Test
    void aBadFileKeepsThePreviousExperimentsServingAndSaysWhere() throws IOException {
        write("pilot.yaml", ExperimentFilesTest.PILOT);
        ExperimentsFolder folder = ExperimentsFolder.readOnce(RULES, dir, engine);
        assertThat(folder.problems()).isEmpty();
        var serving = folder.serving();
        assertThat(serving.experiments()).extracting(ExperimentDefinition::name).containsExactly("pilot-72h");

        write("pilot.yaml", ExperimentFilesTest.PILOT.replace("weight: 10", "weight: ten"));
        folder.reloadIfChanged();

        assertThat(folder.serving()).isSameAs(serving);
        assertThat(folder.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("experiments/pilot.yaml");
            assertThat(p.line()).isEqualTo(19);
            assertThat(p.message()).isEqualTo("weight must be a number, got 'ten'");
        });

        write("pilot.yaml", ExperimentFilesTest.PILOT.replace("pilot-72h", "pilot-72h-v2"));
        folder.reloadIfChanged();
        assertThat(folder.problems()).isEmpty();
        assertThat(folder.serving().experiments()).extracting(ExperimentDefinition::name).containsExactly("pilot-72h-v2");
    }

    @Test
    void aPopulationConditionThatDoesNotCompileIsAProblemAtItsLine() throws IOException {
        write("pilot.yaml", ExperimentFilesTest.PILOT);
        ExperimentsFolder folder = ExperimentsFolder.readOnce(RULES, dir, engine);
        var serving = folder.serving();

        write("pilot.yaml", ExperimentFilesTest.PILOT.replace("  consent: EMAIL\n", "  consent: EMAIL\n  condition: spend >= \"lots\" +\n"));
        folder.reloadIfChanged();

        assertThat(folder.serving()).isSameAs(serving);
        assertThat(folder.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("experiments/pilot.yaml");
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).startsWith("population.condition does not compile as a rule's constraint");
        });

        write("pilot.yaml", ExperimentFilesTest.PILOT.replace("  consent: EMAIL\n", "  consent: EMAIL\n  condition: spend >= 500\n"));
        folder.reloadIfChanged();
        assertThat(folder.problems()).isEmpty();
        assertThat(folder.serving().experiments().getFirst().population().condition()).isEqualTo("spend >= 500");
    }

    @Test
    void leakageBetweenTwoFilesIsRefusedWholeAndThePreviousSetServes() throws IOException {
        write("pilot.yaml", ExperimentFilesTest.PILOT);
        ExperimentsFolder folder = ExperimentsFolder.readOnce(RULES, dir, engine);
        var serving = folder.serving();

        write("second-holdout.yaml", """
                name: second-holdout
                hypothesis: Without offers, Gold customers buy as much.
                start: 2026-11-15
                primaryMetric: revenuePerCustomer
                minimumDetectableEffect: 5
                population:
                  tiers: [GOLD]
                arms:
                  - name: control
                    weight: 90
                  - name: none
                    weight: 10
                    holdout: true
                """);
        folder.reloadIfChanged();

        assertThat(folder.serving()).isSameAs(serving);
        assertThat(folder.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("experiments/second-holdout.yaml");
            assertThat(p.message()).contains("both vary offers at all (holdout)");
        });
    }

    @Test
    void aTimingArmDecidesWithItsOwnWindowAndTheServingRulesKeepTheirs() throws IOException {
        write("pilot.yaml", ExperimentFilesTest.PILOT);
        ExperimentsFolder folder = ExperimentsFolder.readOnce(RULES, dir, engine);

        RuleSet window72 = folder.serving().armRules().get("pilot-72h/window-72h");
        assertThat(window72).isNotNull();
        assertThat(folder.serving().armRules()).containsOnlyKeys("pilot-72h/window-72h");
        // bought 60 h ago: outside the serving 48 h window, inside the arm's 72 h
        assertThat(postPurchaseMoments(window72, 60)).isEqualTo(1);
        assertThat(postPurchaseMoments(engine.current(), 60)).isZero();
        assertThat(postPurchaseMoments(window72, 73)).isZero();
    }

    @Test
    void aChallengerIsTheServingRulesWithItsFilesOverThemAndItsMistakesAreLocatedInItsFolder() throws IOException {
        String challenger = ExperimentFilesTest.PILOT.replace("    timing:\n      post-purchase window hours: 72\n",
                "    rules: challenger-96h\n");
        write("pilot.yaml", challenger);
        String thresholds = Files.readString(RULES.resolve("settings/thresholds.drl"));
        write("challenger-96h/settings/thresholds.drl",
                thresholds.replace("\"post-purchase window hours\", 48", "\"post-purchase window hours\", 96"));
        ExperimentsFolder folder = ExperimentsFolder.readOnce(RULES, dir, engine);

        assertThat(folder.problems()).isEmpty();
        RuleSet rules = folder.serving().armRules().get("pilot-72h/window-72h");
        assertThat(postPurchaseMoments(rules, 90)).isEqualTo(1);

        var serving = folder.serving();
        write("challenger-96h/settings/thresholds.drl", thresholds.replace("insert(new Threshold(\"post-purchase window hours\", 48));",
                "insert(new Threshold(\"post-purchase window hours\", 96);"));
        folder.reloadIfChanged();

        assertThat(folder.serving()).isSameAs(serving);
        assertThat(folder.problems()).isNotEmpty().allSatisfy(p ->
                assertThat(p.file()).isEqualTo("experiments/challenger-96h/settings/thresholds.drl"));
        assertThat(folder.problems().getFirst().line()).isEqualTo(14);
    }

    @Test
    void aChallengerMustPassTheScenariosTheServingRulesPassOrBringItsOwnVersionOfThem() throws IOException {
        write("pilot.yaml", ExperimentFilesTest.PILOT.replace("    timing:\n      post-purchase window hours: 72\n",
                "    rules: challenger-96h\n"));
        write("challenger-96h/settings/thresholds.drl", Files.readString(RULES.resolve("settings/thresholds.drl"))
                .replace("\"post-purchase window hours\", 48", "\"post-purchase window hours\", 96"));
        var runner = new ScenarioRunner(WhatIfWiring.whatIf(TestGraph.get().graph(), Facts.RULES));

        ExperimentsFolder folder = ExperimentsFolder.readOnce(RULES, dir, engine, runner);

        assertThat(folder.serving().experiments()).isEmpty();
        assertThat(folder.problems()).extracting(p -> p.file() + ":" + p.line()).containsOnly("experiments/pilot.yaml:14");
        assertThat(folder.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("arm 'window-72h': its rules "
                + "fail the scenario \"49 hours after the blazer, the post-purchase window has closed\" "
                + "(scenarios/post-purchase.yaml) that the serving rules pass: expected recommended: W-SHO-OXF")
                .endsWith("put the scenario as it should read in experiments/challenger-96h/scenarios/post-purchase.yaml"));

        // the challenger's own version of the story: with 96 h, Ada is still inside the window 49 hours later
        String stories = Files.readString(RULES.resolve("scenarios/post-purchase.yaml"))
                .replace("inside the 48 h post-purchase window", "inside the 96 h post-purchase window");
        int closed = stories.indexOf("  - name: 49 hours after the blazer");
        int weekLater = stories.indexOf("  - name: A week later");
        write("challenger-96h/scenarios/post-purchase.yaml", stories.substring(0, closed) + stories.substring(weekLater));
        folder.reloadIfChanged();

        assertThat(folder.problems()).isEmpty();
        assertThat(folder.serving().armRules()).containsOnlyKeys("pilot-72h/window-72h");
    }

    @Test
    void aTimingThresholdTheRulesDoNotHaveIsAProblemAtItsArm() throws IOException {
        write("pilot.yaml", ExperimentFilesTest.PILOT.replace("post-purchase window hours", "post purchase window"));
        ExperimentsFolder folder = ExperimentsFolder.readOnce(RULES, dir, engine);

        assertThat(folder.serving().experiments()).isEmpty();
        assertThat(folder.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(14);
            assertThat(p.message()).isEqualTo("arm 'window-72h': timing 'post purchase window' is not a threshold of "
                    + "the rules (settings/thresholds.drl defines them, e.g. \"post-purchase window hours\")");
        });
    }

    @Test
    void aChallengersFilesUnderTheRulesFolderAreNeverPartOfTheServingRules() throws IOException {
        write("settings/thresholds.drl", "package settings;\n");
        write("experiments/challenger/settings/thresholds.drl", "package settings;\n");

        assertThat(dev.crosswise.rules.RuleCompiler.readDirectory(dir)).containsOnlyKeys("settings/thresholds.drl");
    }

    private static long postPurchaseMoments(RuleSet rules, double hoursSincePurchase) {
        var candidate = Facts.candidate("TROUSERS", Strategy.COMPLETION, "BLAZER");
        return RuleEngine.evaluate(rules, java.util.List.of(Facts.request(), candidate, Facts.owned("BLAZER", hoursSincePurchase)))
                .timings().stream().filter(t -> t.getMoment() == Moment.POST_PURCHASE).count();
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
