package dev.crosswise.scenario;

import dev.crosswise.decision.Action;
import dev.crosswise.decision.Reason;
import dev.crosswise.decision.SuppressedCandidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line under {@code expect:}: what an action (or a suppression) must look like. Every field given must match;
 * fields left out match anything. {@code moment: NONE} matches an action without a moment.
 */
public record Expectation(Kind kind, String sku, String strategy, String moment, String channel, String rule,
                          String reason, Integer rank, Integer top) {

    public enum Kind {
        RECOMMENDED("recommended"), NOT_RECOMMENDED("notRecommended"), SUPPRESSED("suppressed"),
        NOT_SUPPRESSED("notSuppressed");

        final String key;

        Kind(String key) {
            this.key = key;
        }

        boolean aboutActions() {
            return this == RECOMMENDED || this == NOT_RECOMMENDED;
        }

        boolean positive() {
            return this == RECOMMENDED || this == SUPPRESSED;
        }
    }

    boolean matches(Action action) {
        return (sku == null || sku.equals(action.product().sku()))
                && (strategy == null || strategy.equals(String.valueOf(action.strategy())))
                && (moment == null || moment.equals(action.moment() == null ? "NONE" : action.moment().name()))
                && (channel == null || channel.equals(String.valueOf(action.channel())))
                && (rule == null || action.reasons().stream().map(Reason::rule).anyMatch(rule::equals))
                && (reason == null || action.reasons().stream().anyMatch(r -> contains(r.text(), reason)))
                && (rank == null || action.rank() == rank)
                && (top == null || action.rank() <= top);
    }

    boolean matches(SuppressedCandidate suppressed) {
        return (sku == null || (suppressed.product() != null && sku.equals(suppressed.product().sku())))
                && (strategy == null || strategy.equals(String.valueOf(suppressed.strategy())))
                && (rule == null || rule.equals(suppressed.rule()))
                && (reason == null || contains(suppressed.reason(), reason));
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    /** "W-SHO-OXF, strategy COMPLETION, moment POST_PURCHASE" */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (sku != null) {
            parts.add(sku);
        }
        if (strategy != null) {
            parts.add("strategy " + strategy);
        }
        if (moment != null) {
            parts.add("moment " + moment);
        }
        if (channel != null) {
            parts.add("channel " + channel);
        }
        if (rule != null) {
            parts.add("rule \"" + rule + "\"");
        }
        if (reason != null) {
            parts.add("reason containing \"" + reason + "\"");
        }
        if (rank != null) {
            parts.add("at rank " + rank);
        }
        if (top != null) {
            parts.add("in the top " + top);
        }
        return parts.isEmpty() ? "anything" : String.join(", ", parts);
    }
}
