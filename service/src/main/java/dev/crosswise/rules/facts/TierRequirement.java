package dev.crosswise.rules.facts;

/**
 * What a loyalty tier takes and gives, one fact per tier, declared in {@code rules/settings/thresholds.drl}: the
 * points or the spend (EUR) that earn it, and the weight that multiplies every score of its members. Rules find a
 * tier's requirement by {@code tier == $tier}, a join Drools indexes; a {@link Threshold} looked up by a name built
 * from the tier is compared with every threshold, in every decision.
 */
public final class TierRequirement {
    private final Tier tier;
    private final double points;
    private final double spend;
    private final double weight;

    private TierRequirement(Tier tier, double points, double spend, double weight) {
        this.tier = tier;
        this.points = points;
        this.spend = spend;
        this.weight = weight;
    }

    /** The tier, earned by nothing and weighted 1.0 until told otherwise. */
    public static TierRequirement of(Tier tier) {
        return new TierRequirement(tier, 0, 0, 1.0);
    }

    /** Earned with at least this many points (or the spend). */
    public TierRequirement points(double minimum) {
        return new TierRequirement(tier, minimum, spend, weight);
    }

    /** Earned with at least this spend in EUR (or the points). */
    public TierRequirement spend(double minimum) {
        return new TierRequirement(tier, points, minimum, weight);
    }

    /** Multiplies every score of the tier's members. */
    public TierRequirement weight(double factor) {
        return new TierRequirement(tier, points, spend, factor);
    }

    public Tier getTier() { return tier; }
    public double getPoints() { return points; }
    public double getSpend() { return spend; }
    public double getWeight() { return weight; }

    @Override
    public String toString() {
        return tier + ": " + points + " points or " + spend + " EUR, weight " + weight;
    }
}
