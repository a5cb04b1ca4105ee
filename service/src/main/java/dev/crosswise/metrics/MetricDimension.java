package dev.crosswise.metrics;

/** What a metrics report can be broken down by: each exposure (an action shown) has one value of each. */
public enum MetricDimension {
    STRATEGY, MOMENT, CHANNEL, PLACEMENT,
    /** The moment or lever rule that shaped the action (none: only the candidate and arbitration made it). */
    RULE,
    PRODUCT_CATEGORY,
    /**
     * The experiment arms the decision was made in, as {@code experiment/arm} (several joined by {@code " + "}, in
     * name order): one value per decision, so each exposure still has exactly one.
     */
    EXPERIMENT_ARM;

    /**
     * Guardrails remove candidates before they get a channel, a moment or a shaping rule, so suppressions can only be
     * broken down by the candidate's strategy, its product's category, the decision's placement and experiment arms.
     */
    boolean describesSuppressions() {
        return this == STRATEGY || this == PLACEMENT || this == PRODUCT_CATEGORY || this == EXPERIMENT_ARM;
    }
}
