package dev.crosswise.rules.facts;

/** A channel rule's choice for a candidate; the highest preference wins when several apply. */
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

    public Candidate getCandidate() { return candidate; }
    public Channel getChannel() { return channel; }
    public int getPreference() { return preference; }
    public String getRule() { return rule; }
    public String getText() { return text; }
}
