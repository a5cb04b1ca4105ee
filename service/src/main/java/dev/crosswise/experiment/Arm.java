package dev.crosswise.experiment;

import dev.crosswise.rules.facts.Channel;
import java.util.Map;

/**
 * One arm of an experiment: its share of the customers and the one thing it changes (none: the control).
 *
 * @param weight   percent of the population, in steps of 0.01 (a bucket of 10 000)
 * @param rules    a folder under {@code rules/experiments/} whose DRL files replace or add the serving rules' files at
 *                 the same paths: the challenger; null when the arm does not vary the rules
 * @param messages message templates ({@code MOMENT.STRATEGY.message = text}) over the folder's, by language
 *                 ({@code en} for the keys written at the top of {@code message:}, others in their own section)
 * @param timing   thresholds of {@code settings/thresholds.drl} by name, with the arm's value
 * @param line     where the arm starts in its file
 */
record Arm(String name, double weight, boolean holdout, String rules, Map<String, Map<String, String>> messages,
           Channel channel, Map<String, Double> timing, int line) {

    Arm {
        messages = messages == null ? Map.of() : Map.copyOf(messages);
        timing = timing == null ? Map.of() : Map.copyOf(timing);
    }

    /** What the arm varies; null for the control. */
    Variation variation() {
        if (holdout) {
            return Variation.HOLDOUT;
        }
        if (rules != null) {
            return Variation.RULES;
        }
        if (!messages.isEmpty()) {
            return Variation.MESSAGE;
        }
        if (channel != null) {
            return Variation.CHANNEL;
        }
        if (!timing.isEmpty()) {
            return Variation.TIMING;
        }
        return null;
    }

    boolean control() {
        return variation() == null;
    }

    /** Buckets of 10 000 the arm gets. */
    int buckets() {
        return (int) Math.round(weight * 100);
    }

    /** A rule set of its own: a challenger, or the serving rules with other timing windows. */
    boolean needsRules() {
        return rules != null || !timing.isEmpty();
    }
}
