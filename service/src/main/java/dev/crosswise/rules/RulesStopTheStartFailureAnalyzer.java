package dev.crosswise.rules;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Rules that do not compile, or fail on the warm-up decision, stop the start (there are no earlier rules to keep
 * serving): the start ends with their problems, one per line at file:line:column, and what to do — not with a
 * chain of bean creation exceptions around them.
 */
class RulesStopTheStartFailureAnalyzer extends AbstractFailureAnalyzer<RuleCompilationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleCompilationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the rules at the places listed (bin/check-rules lists the same problems without starting the"
                        + " service), or point CROSSWISE_RULES_DIR at a rules folder that compiles.", cause);
    }
}
