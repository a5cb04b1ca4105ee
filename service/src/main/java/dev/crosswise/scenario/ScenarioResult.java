package dev.crosswise.scenario;

import java.util.List;

/**
 * How one scenario went. {@code differences} says what was expected and what came instead; {@code actual} lists the
 * decision's actions and suppressions, one line each, so a failure can be read without running anything else.
 */
public record ScenarioResult(String file, String name, Status status, List<String> differences, List<String> actual) {

    public enum Status {
        PASS, FAIL,
        /**
         * Not run: the scenario's customer is not in this graph (e.g. a production graph without the demo seed), or
         * the rules being checked had failed already (a reload stops its scenarios once the warm-up failed).
         */
        SKIP
    }

    public boolean failed() {
        return status == Status.FAIL;
    }
}
