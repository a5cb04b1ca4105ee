package dev.crosswise.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** The reload step reports where the service spent the reload's time, from the service's own log line. */
class ReloadStepsTest {

    private static final String LOG = """
            2026-11-22T08:58:01.000Z  INFO 1 --- [crosswise] [           main] d.c.a.RulesReloader : Rules 1-c8f03d907745 pass the scenario files:
            2026-11-22T09:01:10.000Z  INFO 1 --- [crosswise] [   rules-reload] d.c.a.RulesReloader : Rules 2-0f3 now serve (reloadRules; were 1-c8f): 1067 rules in 27 files, 0 scenarios passed; 3381 ms in all: compiled [bench] in 2424 ms (parts side by side {bench=8}; reused [channels, guardrails]), rule base built in 688 ms, scenarios checked in 123 ms, warmed up beside them, swapped 260 ms after the build
            2026-11-22T09:01:11.000Z  INFO 1 --- [crosswise] [nio-8080-exec-1] d.c.SomethingElse : compiled nothing in 5 ms
            """;

    @Test
    void theStepsComeFromTheLastLineThatSaysNewRulesServe() {
        assertThat(ReloadSteps.lastIn(LOG)).containsExactly(entry("compileMillis", 2424L),
                entry("ruleBaseMillis", 688L),
                entry("scenariosMillis", 123L),
                entry("buildToSwapMillis", 260L));
    }

    @Test
    void aServiceThatSaysNothingGivesNoSteps() {
        assertThat(ReloadSteps.lastIn("2026-11-22 INFO Started CrosswiseApplication\n")).isEmpty();
    }
}
