package dev.crosswise.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The DRL files do not compile; the running rules (if any) stay in place. */
public class RuleCompilationException extends RuntimeException {
    private final List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        super("Rules do not compile:\n" + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
