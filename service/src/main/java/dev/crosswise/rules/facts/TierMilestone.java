package dev.crosswise.rules.facts;

/** Derived: the customer has just reached this tier (a recent tier change, or a tier earned but not yet granted). */
public final class TierMilestone {
    private final Tier tier;
    private final String text;

    public TierMilestone(Tier tier, String text) {
        this.tier = tier;
        this.text = text;
    }

    public Tier getTier() { return tier; }
    public String getTierName() { return TierNames.of(tier); }
    public String getText() { return text; }
}
