package dev.crosswise.rules.facts;

import java.util.EnumSet;
import java.util.Set;

/**
 * A channel rule's choice for a candidate, for every candidate of the decision ({@link #forEveryCandidate}) or for
 * every candidate of some strategies ({@link #forStrategies}); the highest preference wins when several apply.
 */
public final class ChannelPick {
    private final Candidate candidate;
    /** With no candidate: the strategies whose candidates the pick holds for; null for every candidate. */
    private final Set<Strategy> strategies;
    private final Channel channel;
    private final int preference;
    private final String rule;
    private final String text;

    public ChannelPick(Candidate candidate, Channel channel, int preference, String rule, String text) {
        this(candidate, null, channel, preference, rule, text);
    }

    private ChannelPick(Candidate candidate, Set<Strategy> strategies, Channel channel, int preference, String rule,
                        String text) {
        this.candidate = candidate;
        this.strategies = strategies;
        this.channel = channel;
        this.preference = preference;
        this.rule = rule;
        this.text = text;
    }

    /**
     * One pick that holds for every candidate: what a rule concludes about the whole list says so once, instead of
     * once per candidate (a rule that matches every candidate fires, and inserts, fifty times in a typical decision).
     */
    public static ChannelPick forEveryCandidate(Channel channel, int preference, String rule, String text) {
        return new ChannelPick(null, null, channel, preference, rule, text);
    }

    /**
     * One pick that holds for every candidate of these strategies: a rule whose only condition on the candidate is
     * its strategy says so once, instead of once per candidate of those strategies.
     */
    public static ChannelPick forStrategies(Channel channel, int preference, String rule, String text,
                                            Strategy first, Strategy... more) {
        return new ChannelPick(null, EnumSet.of(first, more), channel, preference, rule, text);
    }

    /** The candidate picked for, or null when the pick holds for every candidate (of its strategies). */
    public Candidate getCandidate() { return candidate; }
    public boolean appliesTo(Candidate other) {
        if (candidate != null) {
            return candidate == other;
        }
        return strategies == null || strategies.contains(other.getStrategy());
    }
    public Channel getChannel() { return channel; }
    public int getPreference() { return preference; }
    public String getRule() { return rule; }
    public String getText() { return text; }
}
