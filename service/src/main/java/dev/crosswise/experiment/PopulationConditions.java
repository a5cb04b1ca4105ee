package dev.crosswise.experiment;

import dev.crosswise.rules.RuleCompilationException;
import dev.crosswise.rules.RuleCompiler;
import dev.crosswise.rules.RuleProblem;
import dev.crosswise.rules.RuleSet;
import dev.crosswise.rules.facts.CustomerProfile;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The populations written as a rule's condition ({@code population.condition}): each becomes a rule of its own over
 * the customer as the rules see them, {@code CustomerProfile( <condition> )}, compiled by the same compiler as the
 * serving rules, so an analyst writes a segment as they write a rule's constraint, and a mistake is reported at the
 * condition's line of the experiment's file. A decision asks once which conditions the customer meets.
 */
final class PopulationConditions {

    static final String FOLDER = RuleCompiler.EXPERIMENTS_FOLDER + "/population/";

    private PopulationConditions() {
    }

    /** @return the compiled conditions, or null when no experiment has one */
    static RuleSet compile(List<ExperimentDefinition> experiments) {
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, ExperimentDefinition> byFile = new LinkedHashMap<>();
        for (ExperimentDefinition experiment : experiments) {
            if (experiment.population().condition() != null) {
                String file = FOLDER + experiment.name() + ".drl";
                sources.put(file, drl(experiment));
                byFile.put(file, experiment);
            }
        }
        if (sources.isEmpty()) {
            return null;
        }
        try {
            return RuleCompiler.compile(sources);
        } catch (RuleCompilationException e) {
            throw new RuleCompilationException(e.problems().stream().map(p -> located(p, byFile.get(p.file()))).toList());
        }
    }

    /** The names of the experiments whose condition the customer meets. */
    static Set<String> met(RuleSet conditions, CustomerProfile customer) {
        Set<String> met = new HashSet<>();
        if (conditions == null || customer == null) {
            return met;
        }
        StatelessKieSession session = conditions.kieBase().newStatelessKieSession();
        session.setGlobal("met", met);
        session.execute(customer);
        return met;
    }

    private static String drl(ExperimentDefinition experiment) {
        // the condition on a line of its own, the rule's fourth: a problem's line maps back to the file's
        return """
                package experiments.population;
                import dev.crosswise.rules.facts.*;
                global java.util.Set met;
                rule "Population of experiment %s" when CustomerProfile(
                %s
                ) then met.add("%s"); end
                """.formatted(experiment.name(), experiment.population().condition(), experiment.name());
    }

    private static RuleProblem located(RuleProblem problem, ExperimentDefinition experiment) {
        if (experiment == null) {
            return problem;
        }
        return new RuleProblem(experiment.file(), experiment.population().conditionLine(), 1,
                "population.condition does not compile as a rule's constraint on the customer (CustomerProfile: id, "
                        + "name, tier, points, spend, optedOut, timeZone, daysSinceJoined, childBirthYears, localHour, "
                        + "purchaseCount, averagePrice; Tier.GOLD …): " + problem.message());
    }
}
