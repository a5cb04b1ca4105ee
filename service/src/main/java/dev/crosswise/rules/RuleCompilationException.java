package dev.crosswise.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The DRL files do not compile, or their rules fail when they decide; the running rules (if any) stay in place. */
public class RuleCompilationException extends RuntimeException {
    private final List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        this("Rules do not compile", problems);
    }

    /** @param headline what is wrong with the rules as a whole, before the problems one per line */
    public RuleCompilationException(String headline, List<RuleProblem> problems) {
        super(headline + ":\n" + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
