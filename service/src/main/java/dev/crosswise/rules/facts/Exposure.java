package dev.crosswise.rules.facts;

/**
 * A product shown to the customer by an earlier recorded decision ({@code Mutation.decide}), timed relative to
 * the decision being made now. Frequency caps and rotation count these.
 */
public final class Exposure {
    private final String decisionId;
    private final String sku;
    private final Channel channel;
    private final Strategy strategy;
    private final double hoursAgo;
    private final double saving;

    public Exposure(String decisionId, String sku, Channel channel, Strategy strategy, double hoursAgo) {
        this(decisionId, sku, channel, strategy, hoursAgo, 0);
    }

    /** @param saving the discount the action offered (its {@code Offer.saving}); 0 without one */
    public Exposure(String decisionId, String sku, Channel channel, Strategy strategy, double hoursAgo, double saving) {
        this.decisionId = decisionId;
        this.sku = sku;
        this.channel = channel;
        this.strategy = strategy;
        this.hoursAgo = hoursAgo;
        this.saving = saving;
    }

    public String getDecisionId() { return decisionId; }
    public String getSku() { return sku; }
    public Channel getChannel() { return channel; }
    public Strategy getStrategy() { return strategy; }
    public double getHoursAgo() { return hoursAgo; }
    public double getDaysAgo() { return hoursAgo / 24.0; }
    /** The discount this showing offered: the discount cap adds these up over its period. */
    public double getSaving() { return saving; }
}
