package dev.crosswise.rules.facts;

/** Derived: the customer's points or spend reach this tier's requirement (one fact per tier reached). */
public final class EarnedTier {
    private final Tier tier;
    private final String basis;

    public EarnedTier(Tier tier, String basis) {
        this.tier = tier;
        this.basis = basis;
    }

    public Tier getTier() { return tier; }
    /** What earned it, e.g. "2600 points". */
    public String getBasis() { return basis; }
}
