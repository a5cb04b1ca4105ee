package dev.crosswise.metrics;

/** How many candidates one guardrail rule removed. */
public record RuleCount(String rule, long count) {
}
