package dev.crosswise.rules.facts;

/** Derived: the customer bought a gift within the gift memory (so gift seasons concern them). */
public final class GiftGiver {
    private final String sku;
    private final String name;
    private final double daysAgo;

    public GiftGiver(String sku, String name, double daysAgo) {
        this.sku = sku;
        this.name = name;
        this.daysAgo = daysAgo;
    }

    public String getSku() { return sku; }
    public String getName() { return name; }
    public double getDaysAgo() { return daysAgo; }
}
