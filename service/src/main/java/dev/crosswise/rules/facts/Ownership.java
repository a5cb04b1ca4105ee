package dev.crosswise.rules.facts;

/** One product the customer owns, with how long ago it was bought (relative to the decision time). */
public final class Ownership {
    private final String sku;
    private final String name;
    private final String category;
    private final String family;
    private final double hoursSincePurchase;
    private final Double usagePercent;
    private final boolean gift;
    private final boolean returned;
    private final Double pricePaid;

    public Ownership(String sku, String name, String category, String family, double hoursSincePurchase,
                     Double usagePercent, boolean gift, boolean returned) {
        this(sku, name, category, family, hoursSincePurchase, usagePercent, gift, returned, null);
    }

    public Ownership(String sku, String name, String category, String family, double hoursSincePurchase,
                     Double usagePercent, boolean gift, boolean returned, Double pricePaid) {
        this.sku = sku;
        this.name = name;
        this.category = category;
        this.family = family;
        this.hoursSincePurchase = hoursSincePurchase;
        this.usagePercent = usagePercent;
        this.gift = gift;
        this.returned = returned;
        this.pricePaid = pricePaid;
    }

    public String getSku() { return sku; }
    public String getName() { return name; }
    public String getCategory() { return category; }
    public String getFamily() { return family; }
    public double getHoursSincePurchase() { return hoursSincePurchase; }
    public double getDaysSincePurchase() { return hoursSincePurchase / 24.0; }
    /** Usage reported by the product or the customer, 0..100; -1 when nothing was reported. */
    public double getUsagePercent() { return usagePercent == null ? -1 : usagePercent; }
    public boolean isGift() { return gift; }
    public boolean isReturned() { return returned; }
    /** The unit price paid at the latest purchase, in EUR; -1 when the purchase did not record it. */
    public double getPricePaid() { return pricePaid == null ? -1 : pricePaid; }

    /** The same ownership, returned (what-if simulations). */
    public Ownership asReturned() {
        return new Ownership(sku, name, category, family, hoursSincePurchase, usagePercent, gift, true, pricePaid);
    }

    /** The same ownership with this usage reported (what-if simulations). */
    public Ownership withUsagePercent(Double percent) {
        return new Ownership(sku, name, category, family, hoursSincePurchase, percent, gift, returned, pricePaid);
    }
}
