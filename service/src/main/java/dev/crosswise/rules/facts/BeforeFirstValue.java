package dev.crosswise.rules.facts;

/**
 * Derived: the customer's first purchase is too recent to have delivered its value yet (the timing trap);
 * no evolution or upsell until it has, unless a usage signal says otherwise.
 */
public final class BeforeFirstValue {
    private final double daysSinceFirstPurchase;

    public BeforeFirstValue(double daysSinceFirstPurchase) {
        this.daysSinceFirstPurchase = daysSinceFirstPurchase;
    }

    /** Days since the first purchase; 0 when nothing was bought yet. */
    public double getDaysSinceFirstPurchase() { return daysSinceFirstPurchase; }
}
