package dev.crosswise.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.graph.TestGraph;
import dev.crosswise.rules.RuleCompilationException;
import dev.crosswise.rules.RuleCompiler;
import dev.crosswise.rules.RuleProblem;
import dev.crosswise.rules.RuleSet;
import dev.crosswise.simulation.WhatIfWiring;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every scenario file of the rules folder, run against the real rules and the demo graph: one test per scenario.
 * {@code bin/check-rules} runs this test alone and prints the report it writes to {@code target/scenario-report.txt};
 * {@code -Dcrosswise.rules.dir=other-folder} checks another rules folder.
 */
class ScenarioFilesTest {

    private static final Logger log = LoggerFactory.getLogger(ScenarioFilesTest.class);
    static final Path REPORT = Path.of("target", "scenario-report.txt");

    @TestFactory
    Stream<DynamicTest> everyScenarioFilePasses() throws IOException {
        Path rulesDir = Path.of(System.getProperty("crosswise.rules.dir", "rules"));
        Files.createDirectories(REPORT.getParent());
        RuleSet rules;
        try {
            rules = RuleCompiler.compileDirectory(rulesDir);
        } catch (RuleCompilationException e) {
            String report = "The rules do not compile, so no scenario ran:\n" + e.problems().stream()
                    .map(p -> "ERROR " + p).reduce((a, b) -> a + "\n" + b).orElse("") + "\n";
            Files.writeString(REPORT, report);
            log.error("\n{}", report);
            return Stream.of(DynamicTest.dynamicTest("the rules compile", () -> assertThat(e.problems()).isEmpty()));
        }
        var loaded = ScenarioFiles.load(rulesDir.resolve("scenarios"));
        var runner = new ScenarioRunner(WhatIfWiring.whatIf(TestGraph.get().graph(), rules));
        List<ScenarioResult> results = runner.run(loaded.scenarios(), rules);
        String report = ScenarioReport.of(loaded.problems(), results);
        Files.writeString(REPORT, report);
        log.info("Scenarios of {} with rules {}:\n{}", rulesDir.toAbsolutePath(), rules.version(), report);

        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("there are scenario files", () -> assertThat(loaded.scenarios()).isNotEmpty()));
        for (RuleProblem problem : loaded.problems()) {
            tests.add(DynamicTest.dynamicTest(problem.file() + " can be read", () -> assertThat(problem).isNull()));
        }
        for (ScenarioResult result : results) {
            tests.add(DynamicTest.dynamicTest(result.file() + ": " + result.name(), () -> assertThat(result.status())
                    .as(() -> String.join("\n", result.differences()) + "\nactual:\n  " + String.join("\n  ", result.actual()))
                    .isEqualTo(ScenarioResult.Status.PASS)));
        }
        return tests.stream();
    }
}
