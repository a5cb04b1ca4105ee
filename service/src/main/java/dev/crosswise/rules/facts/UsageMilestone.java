package dev.crosswise.rules.facts;

/** Derived: an owned product is used enough (reported usage at or above the milestone) to graduate from. */
public final class UsageMilestone {
    private final String sku;
    private final String name;
    private final double usagePercent;

    public UsageMilestone(String sku, String name, double usagePercent) {
        this.sku = sku;
        this.name = name;
        this.usagePercent = usagePercent;
    }

    public String getSku() { return sku; }
    public String getName() { return name; }
    public double getUsagePercent() { return usagePercent; }
}
