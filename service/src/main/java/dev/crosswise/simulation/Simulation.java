package dev.crosswise.simulation;

import dev.crosswise.decision.Decision;
import dev.crosswise.rules.RuleProblem;
import java.util.List;

/**
 * The answer of {@code Query.simulate}: the decision as if the simulated events had happened, with the rules serving
 * now and, when candidate rules were given, with those too and what changes between the two.
 */
public record Simulation(Decision decision, Decision candidate, List<RuleProblem> candidateProblems,
                         SimulationDiff diff, List<String> assumptions) {
}
