package dev.crosswise.rules.facts;

import java.util.List;
import java.util.function.Supplier;

/**
 * A product a graph traversal proposes, with the path that produced it. The anchor is the owned (or viewed,
 * or in-cart) product the path starts from; "via" is what connects them: the solution or family, the upgrade
 * level, how the anchor was seen (viewing, in the cart, viewed recently) or how the pairing is known.
 * Built with {@link #builder}; immutable once inserted.
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
    private final boolean marginKnown;
    private final boolean stockKnown;
    private final String category;
    private final String family;
    private final String level;
    private final boolean premium;
    private final boolean consumable;
    private final boolean giftable;
    private final Tier minTier;
    private final String season;
    private final double daysSinceLaunch;
    private final int cycleDays;
    private final Double dueShare;
    private final int ageFrom;
    private final int ageTo;
    private final String anchorSku;
    private final String anchorName;
    private final String via;
    private final String role;
    // Written when asked: only the few actions that make the list show them, of fifty candidates.
    private final Supplier<List<String>> path;
    private final Supplier<String> explanation;

    private Candidate(Builder b) {
        this.sku = b.sku;
        this.name = b.name;
        this.strategy = b.strategy;
        this.traversal = b.traversal;
        this.relevance = b.relevance;
        this.price = b.price;
        this.margin = b.margin;
        this.stock = b.stock;
        this.marginKnown = b.marginKnown;
        this.stockKnown = b.stockKnown;
        this.category = b.category;
        this.family = b.family;
        this.level = b.level;
        this.premium = b.premium;
        this.consumable = b.consumable;
        this.giftable = b.giftable;
        this.minTier = b.minTier;
        this.season = b.season;
        this.daysSinceLaunch = b.daysSinceLaunch;
        this.cycleDays = b.cycleDays;
        this.dueShare = b.dueShare;
        this.ageFrom = b.ageFrom;
        this.ageTo = b.ageTo;
        this.anchorSku = b.anchorSku;
        this.anchorName = b.anchorName;
        this.via = b.via;
        this.role = b.role;
        this.path = b.path;
        this.explanation = b.explanation;
    }

    public static Builder builder(String sku, String name, Strategy strategy) {
        return new Builder(sku, name, strategy);
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
    /** Units in stock; 0 also when unknown, see {@link #isStockKnown()}. */
    public long getStock() { return stock; }
    /** Whether the shop said what the margin is: an unknown margin is no reason to hold a product back. */
    public boolean isMarginKnown() { return marginKnown; }
    /** Whether the shop said how many are in stock: an unknown stock is not "out of stock". */
    public boolean isStockKnown() { return stockKnown; }
    public String getCategory() { return category; }
    public String getFamily() { return family; }
    public String getLevel() { return level; }
    public boolean isPremium() { return premium; }
    public boolean isConsumable() { return consumable; }
    public boolean isGiftable() { return giftable; }
    /** Lowest loyalty tier allowed to see this product; null when open to all. */
    public Tier getMinTier() { return minTier; }
    /** WINTER, SPRING, SUMMER or AUTUMN for seasonal products; null otherwise. */
    public String getSeason() { return season; }
    /** Days since the product was launched, at the decision time (very large when unknown). */
    public double getDaysSinceLaunch() { return daysSinceLaunch; }
    /** For consumables: how many days one unit lasts; 0 when the product is not replenished on a cycle. */
    public int getCycleDays() { return cycleDays; }
    /** The share of the cycle a repeat purchase's buyers wait, learned from the shop's orders; null when unknown. */
    public Double getDueShare() { return dueShare; }
    /** For products sized by a child's age: the first age it fits; 0 when not age-sized. */
    public int getAgeFrom() { return ageFrom; }
    /** For products sized by a child's age: the last age it fits; 0 when not age-sized. */
    public int getAgeTo() { return ageTo; }
    public boolean isAgeSized() { return ageFrom > 0 || ageTo > 0; }
    public String getAnchorSku() { return anchorSku; }
    public String getAnchorName() { return anchorName; }
    public String getVia() { return via; }
    public String getRole() { return role; }
    public List<String> getPath() { return path.get(); }
    public String getExplanation() { return explanation.get(); }

    @Override
    public String toString() {
        return strategy + " " + sku;
    }

    /** Fills a candidate field by field; unset fields keep neutral defaults (no anchor, no season, not age-sized). */
    public static final class Builder {
        private final String sku;
        private final String name;
        private final Strategy strategy;
        private String traversal = "";
        private double relevance;
        private double price;
        private double margin;
        private long stock;
        private boolean marginKnown = true;
        private boolean stockKnown = true;
        private String category;
        private String family;
        private String level;
        private boolean premium;
        private boolean consumable;
        private boolean giftable;
        private Tier minTier;
        private String season;
        private double daysSinceLaunch = Double.MAX_VALUE;
        private int cycleDays;
        private Double dueShare;
        private int ageFrom;
        private int ageTo;
        private String anchorSku;
        private String anchorName;
        private String via;
        private String role;
        private Supplier<List<String>> path = List::of;
        private Supplier<String> explanation = () -> "";

        private Builder(String sku, String name, Strategy strategy) {
            this.sku = sku;
            this.name = name;
            this.strategy = strategy;
        }

        public Builder traversal(String traversal) { this.traversal = traversal; return this; }
        public Builder relevance(double relevance) { this.relevance = relevance; return this; }
        public Builder price(double price) { this.price = price; return this; }
        public Builder margin(double margin) { this.margin = margin; this.marginKnown = true; return this; }
        /** A margin that may be unknown (null): then 0, and {@link Candidate#isMarginKnown()} false. */
        public Builder margin(Double margin) { return margin == null ? unknownMargin() : margin(margin.doubleValue()); }
        public Builder stock(long stock) { this.stock = stock; this.stockKnown = true; return this; }
        /** A stock that may be unknown (null): then 0, and {@link Candidate#isStockKnown()} false. */
        public Builder stock(Long stock) { return stock == null ? unknownStock() : stock(stock.longValue()); }
        private Builder unknownMargin() { this.margin = 0; this.marginKnown = false; return this; }
        private Builder unknownStock() { this.stock = 0; this.stockKnown = false; return this; }
        public Builder category(String category) { this.category = category; return this; }
        public Builder family(String family) { this.family = family; return this; }
        public Builder level(String level) { this.level = level; return this; }
        public Builder premium(boolean premium) { this.premium = premium; return this; }
        public Builder consumable(boolean consumable) { this.consumable = consumable; return this; }
        public Builder giftable(boolean giftable) { this.giftable = giftable; return this; }
        public Builder minTier(Tier minTier) { this.minTier = minTier; return this; }
        public Builder season(String season) { this.season = season; return this; }
        public Builder daysSinceLaunch(double days) { this.daysSinceLaunch = days; return this; }
        public Builder cycleDays(int cycleDays) { this.cycleDays = cycleDays; return this; }
        public Builder dueShare(Double dueShare) { this.dueShare = dueShare; return this; }
        public Builder ageRange(int from, int to) { this.ageFrom = from; this.ageTo = to; return this; }
        public Builder anchor(String anchorSku, String anchorName) { this.anchorSku = anchorSku; this.anchorName = anchorName; return this; }
        public Builder via(String via) { this.via = via; return this; }
        public Builder role(String role) { this.role = role; return this; }
        public Builder path(List<String> path) { List<String> copy = List.copyOf(path); this.path = () -> copy; return this; }
        public Builder explanation(String explanation) { this.explanation = () -> explanation; return this; }

        /**
         * The path and the explanation, written each time they are asked for rather than for every candidate: the
         * suppliers must give the same answer every time (they read only what the candidate was built from).
         */
        public Builder explainedBy(Supplier<List<String>> path, Supplier<String> explanation) {
            this.path = path;
            this.explanation = explanation;
            return this;
        }

        public Candidate build() {
            return new Candidate(this);
        }
    }
}
