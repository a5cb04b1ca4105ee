package dev.crosswise.rules.facts;

import java.util.List;

/**
 * A product a graph traversal proposes, with the path that produced it. The anchor is the owned (or viewed,
 * or in-cart) product the path starts from; "via" is the solution or family that connects them.
 */
public final class Candidate {
    private final String sku;
    private final String name;
    private final Strategy strategy;
    private final String traversal;
    private final double relevance;
    private final double price;
    private final double margin;
    private final long stock;
    private final String category;
    private final String family;
    private final String level;
    private final boolean premium;
    private final boolean consumable;
    private final boolean giftable;
    private final Tier minTier;
    private final String season;
    private final double daysSinceLaunch;
    private final String anchorSku;
    private final String anchorName;
    private final String via;
    private final String role;
    private final List<String> path;
    private final String explanation;

    public Candidate(String sku, String name, Strategy strategy, String traversal, double relevance, double price,
                     double margin, long stock, String category, String family, String level, boolean premium,
                     boolean consumable, boolean giftable, Tier minTier, String season, double daysSinceLaunch,
                     String anchorSku, String anchorName, String via, String role, List<String> path,
                     String explanation) {
        this.sku = sku;
        this.name = name;
        this.strategy = strategy;
        this.traversal = traversal;
        this.relevance = relevance;
        this.price = price;
        this.margin = margin;
        this.stock = stock;
        this.category = category;
        this.family = family;
        this.level = level;
        this.premium = premium;
        this.consumable = consumable;
        this.giftable = giftable;
        this.minTier = minTier;
        this.season = season;
        this.daysSinceLaunch = daysSinceLaunch;
        this.anchorSku = anchorSku;
        this.anchorName = anchorName;
        this.via = via;
        this.role = role;
        this.path = List.copyOf(path);
        this.explanation = explanation;
    }

    public String getSku() { return sku; }
    public String getName() { return name; }
    public Strategy getStrategy() { return strategy; }
    /** The named graph traversal that produced this candidate (e.g. "completion-gaps"). */
    public String getTraversal() { return traversal; }
    /** 0..1: how strongly the graph connects the customer to this product. */
    public double getRelevance() { return relevance; }
    public double getPrice() { return price; }
    /** Margin as a fraction of price (0.35 = 35 %). */
    public double getMargin() { return margin; }
    public long getStock() { return stock; }
    public String getCategory() { return category; }
    public String getFamily() { return family; }
    public String getLevel() { return level; }
    public boolean isPremium() { return premium; }
    public boolean isConsumable() { return consumable; }
    public boolean isGiftable() { return giftable; }
    /** Lowest loyalty tier allowed to see this product; null when open to all. */
    public Tier getMinTier() { return minTier; }
    public String getSeason() { return season; }
    public double getDaysSinceLaunch() { return daysSinceLaunch; }
    public String getAnchorSku() { return anchorSku; }
    public String getAnchorName() { return anchorName; }
    public String getVia() { return via; }
    public String getRole() { return role; }
    public List<String> getPath() { return path; }
    public String getExplanation() { return explanation; }

    @Override
    public String toString() {
        return strategy + " " + sku;
    }
}
