package dev.crosswise.experiment;

import dev.crosswise.rules.RuleProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a set of experiments unreadable together, beyond each file's own mistakes: the same name twice, and two
 * experiments that vary the same thing for customers they may share at the same time — a customer in both would carry
 * one experiment's change into the other's arms (leakage). Experiments varying different things may share customers:
 * assignment is independent per experiment, so each one's arms stay alike in the other. A holdout's customers are
 * kept out of every other experiment when deciding ({@link ExperimentTreatments}), not here.
 */
final class Leakage {

    private Leakage() {
    }

    static List<RuleProblem> check(List<ExperimentDefinition> experiments) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, ExperimentDefinition> byName = new HashMap<>();
        for (ExperimentDefinition experiment : experiments) {
            ExperimentDefinition before = byName.putIfAbsent(experiment.name(), experiment);
            if (before != null) {
                problems.add(new RuleProblem(experiment.file(), experiment.line(), 1, "experiment '" + experiment.name()
                        + "' is also defined in " + before.file() + ": a name is one experiment (its customers' "
                        + "assignment and results hang on it)"));
            }
        }
        for (int i = 0; i < experiments.size(); i++) {
            for (int j = 0; j < i; j++) {
                ExperimentDefinition a = experiments.get(j);
                ExperimentDefinition b = experiments.get(i);
                Set<Variation> shared = groups(a);
                shared.retainAll(groups(b));
                if (!shared.isEmpty() && a.overlapsInTime(b) && a.population().overlaps(b.population())) {
                    problems.add(new RuleProblem(b.file(), b.line(), 1, "leakage: experiments '" + b.name() + "' and '"
                            + a.name() + "' (" + a.file() + ") both vary " + shared.stream().map(Variation::text).sorted()
                            .collect(Collectors.joining(" and ")) + " for the same customers (" + b.population().describe()
                            + " / " + a.population().describe() + ") at the same time; give them dates or tiers that do "
                            + "not overlap, or make them one experiment with more arms"));
                }
            }
        }
        return problems;
    }

    private static Set<Variation> groups(ExperimentDefinition experiment) {
        return experiment.variations().stream().map(Variation::leakageGroup).collect(Collectors.toCollection(
                java.util.HashSet::new));
    }
}
