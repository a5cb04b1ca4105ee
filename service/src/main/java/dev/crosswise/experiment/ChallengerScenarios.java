package dev.crosswise.experiment;

import dev.crosswise.rules.RuleCompiler;
import dev.crosswise.rules.RuleProblem;
import dev.crosswise.rules.RuleSet;
import dev.crosswise.scenario.Scenario;
import dev.crosswise.scenario.ScenarioFiles;
import dev.crosswise.scenario.ScenarioResult;
import dev.crosswise.scenario.ScenarioRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A challenger checked against the scenario files as a reload checks new rules: the scenarios of the rules folder,
 * with the files of the challenger's own {@code scenarios/} ({@code rules/experiments/<folder>/scenarios/}) replacing
 * those of the same name — the stories as the challenger means them. A scenario the challenger fails and the serving
 * rules pass is a problem at the arm; one both fail is the graph's or the scenario's, not the challenger's.
 */
final class ChallengerScenarios {

    private ChallengerScenarios() {
    }

    static List<RuleProblem> check(Arm arm, ExperimentDefinition experiment, RuleSet challenger, RuleSet serving,
                                   Path rulesDir, Path experimentsDir, ScenarioRunner runner) {
        ScenarioFiles.Loaded shared = ScenarioFiles.load(rulesDir.resolve("scenarios"));
        ScenarioFiles.Loaded own = ScenarioFiles.load(experimentsDir.resolve(arm.rules()).resolve("scenarios"));
        String ownPrefix = RuleCompiler.EXPERIMENTS_FOLDER + "/" + arm.rules() + "/";
        List<RuleProblem> problems = new ArrayList<>();
        own.problems().forEach(p -> problems.add(new RuleProblem(ownPrefix + p.file(), p.line(), p.column(), p.message())));
        if (!problems.isEmpty()) {
            return problems;
        }
        Set<String> replaced = own.scenarios().stream().map(Scenario::file).collect(Collectors.toSet());
        List<Scenario> checked = new ArrayList<>(shared.scenarios().stream().filter(s -> !replaced.contains(s.file())).toList());
        checked.addAll(own.scenarios());
        List<ScenarioResult> results = runner.run(checked, challenger);
        List<Scenario> failed = new ArrayList<>();
        List<ScenarioResult> failures = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).failed()) {
                failed.add(checked.get(i));
                failures.add(results.get(i));
            }
        }
        List<ScenarioResult> before = failed.isEmpty() ? List.of() : runner.run(failed, serving);
        for (int i = 0; i < failures.size(); i++) {
            if (!before.get(i).failed()) {
                ScenarioResult result = failures.get(i);
                String file = replaced.contains(result.file()) ? ownPrefix + result.file() : result.file();
                problems.add(new RuleProblem(experiment.file(), arm.line(), 1, "arm '" + arm.name() + "': its rules fail "
                        + "the scenario \"" + result.name() + "\" (" + file + ") that the serving rules pass: "
                        + result.differences().stream().map(d -> d.lines().findFirst().orElse("")).collect(
                        Collectors.joining("; ")) + ". If the challenger means it, put the scenario as it should read "
                        + "in " + ownPrefix + result.file()));
            }
        }
        return problems;
    }
}
