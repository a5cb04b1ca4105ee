package dev.crosswise.rules.facts;

/** Loyalty tiers, lowest first: {@link #atLeast} compares by that order. */
public enum Tier {
    BRONZE, SILVER, GOLD, PLATINUM;

    public boolean atLeast(Tier other) {
        return other == null || compareTo(other) >= 0;
    }
}
