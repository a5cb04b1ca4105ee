package dev.crosswise.rules.facts;

/**
 * A channel rule's choice for a candidate, or for every candidate of the decision ({@link #forEveryCandidate}); the
 * highest preference wins when several apply.
 */
public final class ChannelPick {
    private final Candidate candidate;
    private final Channel channel;
    private final int preference;
    private final String rule;
    private final String text;

    public ChannelPick(Candidate candidate, Channel channel, int preference, String rule, String text) {
        this.candidate = candidate;
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
        return new ChannelPick(null, channel, preference, rule, text);
    }

    /** The candidate picked for, or null when the pick holds for every candidate. */
    public Candidate getCandidate() { return candidate; }
    public boolean appliesTo(Candidate other) { return candidate == null || candidate == other; }
    public Channel getChannel() { return channel; }
    public int getPreference() { return preference; }
    public String getRule() { return rule; }
    public String getText() { return text; }
}
