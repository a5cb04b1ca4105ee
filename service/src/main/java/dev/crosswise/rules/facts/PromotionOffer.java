package dev.crosswise.rules.facts;

import java.util.List;
import java.util.Set;

/**
 * A promotion that is running now and applies to a candidate's product, with what it does to that product's price
 * and margin. Inserted by the decision from the promotions the service keeps in memory (no graph read per decision):
 * only promotions active at the decision time and with budget left become facts. Whether it is open to this customer
 * (tier) and channel, and whether it is attached at all, the incentive rules decide.
 */
public final class PromotionOffer {
    private final String promotionId;
    private final String promotionName;
    private final String sku;
    private final double listPrice;
    private final double price;
    private final double margin;
    private final boolean marginKnown;
    private final double hoursLeft;
    private final Tier minTier;
    private final Set<Channel> channels;
    /** For a bundle's rest: the products of the rest, which the price and saving are for; empty otherwise. */
    private final List<String> bundleSkus;
    /** For a gift promotion: the product given free with this one; null otherwise. */
    private final String giftSku;
    private final String giftName;
    private final double giftPrice;
    /** The gift's stock; null when the shop did not say. */
    private final Long giftStock;

    /**
     * @param margin    the product's margin after the discount, as a fraction of the discounted price
     * @param hoursLeft hours from the decision time to the promotion's end
     * @param channels  the channels the promotion is limited to; empty for every channel
     */
    public PromotionOffer(String promotionId, String promotionName, String sku, double listPrice, double price,
                          double margin, boolean marginKnown, double hoursLeft, Tier minTier, Set<Channel> channels) {
        this(promotionId, promotionName, sku, listPrice, price, margin, marginKnown, hoursLeft, minTier, channels, List.of());
    }

    /** The offer of a bundle's rest ({@code bundleSkus}), at the whole bundle's saving. */
    public PromotionOffer(String promotionId, String promotionName, String sku, double listPrice, double price,
                          double margin, boolean marginKnown, double hoursLeft, Tier minTier, Set<Channel> channels,
                          List<String> bundleSkus) {
        this(promotionId, promotionName, sku, listPrice, price, margin, marginKnown, hoursLeft, minTier, channels,
                bundleSkus, null, null, 0, null);
    }

    /**
     * The offer of a gift with the product: the customer pays its price ({@code price}) and gets {@code giftSku} free,
     * saving the gift's list price.
     *
     * @param margin the product's margin less the gift's cost, as a fraction of the price
     */
    public static PromotionOffer gift(String promotionId, String promotionName, String sku, double price, double margin,
                                      boolean marginKnown, double hoursLeft, Tier minTier, Set<Channel> channels,
                                      String giftSku, String giftName, double giftPrice, Long giftStock) {
        return new PromotionOffer(promotionId, promotionName, sku, price, price, margin, marginKnown, hoursLeft, minTier,
                channels, List.of(), giftSku, giftName, giftPrice, giftStock);
    }

    private PromotionOffer(String promotionId, String promotionName, String sku, double listPrice, double price,
                           double margin, boolean marginKnown, double hoursLeft, Tier minTier, Set<Channel> channels,
                           List<String> bundleSkus, String giftSku, String giftName, double giftPrice, Long giftStock) {
        this.giftSku = giftSku;
        this.giftName = giftName;
        this.giftPrice = giftPrice;
        this.giftStock = giftStock;
        this.promotionId = promotionId;
        this.promotionName = promotionName;
        this.sku = sku;
        this.listPrice = listPrice;
        this.price = price;
        this.margin = margin;
        this.marginKnown = marginKnown;
        this.hoursLeft = hoursLeft;
        this.minTier = minTier;
        this.channels = Set.copyOf(channels);
        this.bundleSkus = List.copyOf(bundleSkus);
    }

    /** Whether this is the rest of a bundle (the discount is on buying the bundle's products together). */
    public boolean isBundle() { return !bundleSkus.isEmpty(); }
    public List<String> getBundleSkus() { return bundleSkus; }

    /** Whether this is a gift with the product (a gift promotion): no discount, the gift free. */
    public boolean isGift() { return giftSku != null; }
    public String getGiftSku() { return giftSku; }
    public String getGiftName() { return giftName; }
    /** The gift's list price: what the customer saves. */
    public double getGiftPrice() { return giftPrice; }
    /** Whether the shop said the gift's stock: an unknown stock is not out of stock. */
    public boolean isGiftStockKnown() { return giftStock != null; }
    public long getGiftStock() { return giftStock == null ? 0 : giftStock; }

    public String getPromotionId() { return promotionId; }
    public String getPromotionName() { return promotionName; }
    public String getSku() { return sku; }
    /** The product's price without the promotion. */
    public double getListPrice() { return listPrice; }
    /** What the customer pays with the promotion. */
    public double getPrice() { return price; }
    /** The discount, or for a gift the gift's list price. */
    public double getSaving() { return isGift() ? giftPrice : listPrice - price; }
    /** The margin left after the discount (or the gift's cost), as a fraction of the discounted price (negative when sold at a loss). */
    public double getMarginAfter() { return margin; }
    /** Whether the shop said the product's margin: an unknown margin is not judged by the floor. */
    public boolean isMarginKnown() { return marginKnown; }
    public double getHoursLeft() { return hoursLeft; }
    /** The lowest tier the promotion is for; null when it is for everyone. */
    public Tier getMinTier() { return minTier; }
    public Set<Channel> getChannels() { return channels; }
    /**
     * Whether a decision asked for {@code requested} (null: the rules choose a channel per action) may carry it: a
     * promotion for every channel always, one limited to some channels only when one of them was asked for.
     */
    public boolean openOn(Channel requested) { return channels.isEmpty() || requested != null && channels.contains(requested); }

    @Override
    public String toString() {
        return promotionId + " on " + sku;
    }
}
