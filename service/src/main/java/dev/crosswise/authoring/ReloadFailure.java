package dev.crosswise.authoring;

import dev.crosswise.rules.RuleProblem;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Why the newest change to the rules folder does not serve (GraphQL {@code RuleLoadError}): compile problems of DRL or
 * scenario files, or the scenarios the new rules failed. The rules that served before keep serving.
 */
public record ReloadFailure(OffsetDateTime at, String trigger, List<RuleProblem> problems,
                            List<ScenarioFailure> failedScenarios) {

    /** A scenario the candidate rules failed, and what differed. */
    public record ScenarioFailure(String file, String name, List<String> differences, List<String> actual) {
    }
}
