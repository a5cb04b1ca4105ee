package dev.crosswise.rules.facts;

/**
 * Derived: this channel must not carry an offer to the customer now (no consent, quiet hours, frequency cap).
 * Channel rules never pick a blocked channel; when the request fixes a blocked channel, every candidate is
 * suppressed with this rule and reason.
 */
public final class ChannelBlocked {
    private final Channel channel;
    private final String rule;
    private final String reason;

    public ChannelBlocked(Channel channel, String rule, String reason) {
        this.channel = channel;
        this.rule = rule;
        this.reason = reason;
    }

    public Channel getChannel() { return channel; }
    public String getRule() { return rule; }
    public String getReason() { return reason; }
}
