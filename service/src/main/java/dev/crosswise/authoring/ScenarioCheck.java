package dev.crosswise.authoring;

import dev.crosswise.scenario.ScenarioResult;
import java.time.OffsetDateTime;
import java.util.List;

/** How the serving rules did on the scenario files when they were checked (GraphQL {@code ScenarioCheck}). */
public record ScenarioCheck(OffsetDateTime at, int passed, int failed, int skipped,
                            List<ReloadFailure.ScenarioFailure> failures) {

    static ScenarioCheck of(OffsetDateTime at, List<ScenarioResult> results) {
        List<ReloadFailure.ScenarioFailure> failures = results.stream().filter(ScenarioResult::failed)
                .map(r -> new ReloadFailure.ScenarioFailure(r.file(), r.name(), r.differences(), r.actual())).toList();
        int passed = (int) results.stream().filter(r -> r.status() == ScenarioResult.Status.PASS).count();
        return new ScenarioCheck(at, passed, failures.size(), results.size() - passed - failures.size(), failures);
    }
}
