package dev.crosswise.rules.facts;

/** A recent event of the customer (view, visit, cart, support, usage, tier change, purchase), timed relative to the decision. */
public final class Signal {
    private final String eventId;
    private final String type;
    private final String sku;
    private final String category;
    private final double hoursAgo;
    private final Integer satisfaction;
    private final String tier;
    private final Double usagePercent;
    private final boolean gift;

    public Signal(String eventId, String type, String sku, String category, double hoursAgo, Integer satisfaction,
                  String tier, Double usagePercent, boolean gift) {
        this.eventId = eventId;
        this.type = type;
        this.sku = sku;
        this.category = category;
        this.hoursAgo = hoursAgo;
        this.satisfaction = satisfaction;
        this.tier = tier;
        this.usagePercent = usagePercent;
        this.gift = gift;
    }

    public String getEventId() { return eventId; }
    /** One of the EventType names: PURCHASE, VIEW, VISIT, CART_ADD, ... */
    public String getType() { return type; }
    public String getSku() { return sku; }
    public String getCategory() { return category; }
    public double getHoursAgo() { return hoursAgo; }
    public double getDaysAgo() { return hoursAgo / 24.0; }
    public int getSatisfaction() { return satisfaction == null ? 0 : satisfaction; }
    public String getTier() { return tier; }
    public double getUsagePercent() { return usagePercent == null ? -1 : usagePercent; }
    public boolean isGift() { return gift; }
}
