package dev.crosswise.rules.facts;

/** Derived: the tier the rules treat the customer as: the higher of the tier on record and the tier earned. */
public final class LoyaltyStatus {
    private final Tier tier;
    private final Tier heldTier;
    private final Tier earnedTier;

    public LoyaltyStatus(Tier tier, Tier heldTier, Tier earnedTier) {
        this.tier = tier;
        this.heldTier = heldTier;
        this.earnedTier = earnedTier;
    }

    public Tier getTier() { return tier; }
    /** The tier on the customer record. */
    public Tier getHeldTier() { return heldTier; }
    /** The highest tier the points or spend reach. */
    public Tier getEarnedTier() { return earnedTier; }
    /** "Gold" for GOLD: how customers read a tier. */
    public String getTierName() { return TierNames.of(tier); }
}
