package dev.crosswise.rules.facts;

import java.util.List;

/**
 * Conclusion of an incentive rule: offer this candidate with an incentive — a promotion's discount or gift, a
 * free-shipping nudge. {@code promotion} is null for an incentive that is not a promotion's. Guardrails may refuse it
 * ({@link IncentiveRefused}); the candidate is then offered without it.
 */
public final class Incentive {
    /** DISCOUNT, BUNDLE, FREE_SHIPPING, GIFT or EARLY_ACCESS (GraphQL {@code OfferKind}). */
    private final String kind;
    private final Candidate candidate;
    private final PromotionOffer promotion;
    private final double price;
    private final double saving;
    private final List<String> skus;
    private final double gap;
    private final String rule;
    private final String text;

    public Incentive(String kind, Candidate candidate, PromotionOffer promotion, double price, double saving,
                     List<String> skus, double gap, String rule, String text) {
        this.kind = kind;
        this.candidate = candidate;
        this.promotion = promotion;
        this.price = price;
        this.saving = saving;
        this.skus = List.copyOf(skus);
        this.gap = gap;
        this.rule = rule;
        this.text = text;
    }

    /** A promotion's discount on the candidate's product. */
    public static Incentive discount(Candidate candidate, PromotionOffer promotion, String rule, String text) {
        return new Incentive("DISCOUNT", candidate, promotion, promotion.getPrice(), promotion.getSaving(),
                List.of(candidate.getSku()), 0, rule, text);
    }

    /** The rest of a bundle, of which the candidate's product is part, at the whole bundle's saving. */
    public static Incentive bundle(Candidate candidate, PromotionOffer bundle, String rule, String text) {
        return new Incentive("BUNDLE", candidate, bundle, bundle.getPrice(), bundle.getSaving(), bundle.getBundleSkus(),
                0, rule, text);
    }

    /**
     * A gift with the candidate's product: the customer pays its price and saves the gift's list price; the offer's
     * products are the product and the gift.
     */
    public static Incentive gift(Candidate candidate, PromotionOffer gift, String rule, String text) {
        return new Incentive("GIFT", candidate, gift, gift.getPrice(), gift.getSaving(),
                List.of(candidate.getSku(), gift.getGiftSku()), 0, rule, text);
    }

    /**
     * Early access to a product before its launch (it is sold to everyone from then: the offer ends there). Its
     * price is the list price: the privilege is the time, not a saving.
     */
    public static Incentive earlyAccess(Candidate candidate, String rule, String text) {
        return new Incentive("EARLY_ACCESS", candidate, null, candidate.getPrice(), 0, List.of(candidate.getSku()), 0,
                rule, text);
    }

    /**
     * The candidate as the add-on that takes the cart over the free-shipping threshold, {@code gap} away: the
     * customer saves the shipping fee.
     */
    public static Incentive freeShipping(Candidate candidate, double gap, double shippingFee, String rule, String text) {
        return new Incentive("FREE_SHIPPING", candidate, null, candidate.getPrice(), shippingFee,
                List.of(candidate.getSku()), gap, rule, text);
    }

    public String getKind() { return kind; }
    public Candidate getCandidate() { return candidate; }
    public PromotionOffer getPromotion() { return promotion; }
    public String getPromotionId() { return promotion == null ? null : promotion.getPromotionId(); }
    public String getPromotionName() { return promotion == null ? null : promotion.getPromotionName(); }
    public double getPrice() { return price; }
    public double getSaving() { return saving; }
    public List<String> getSkus() { return skus; }
    /** For free shipping: what the cart lacks to ship free; 0 otherwise. */
    public double getGap() { return gap; }
    public String getRule() { return rule; }
    public String getText() { return text; }
    /** The margin after the discount; for an incentive without a promotion, the candidate's own. */
    public double getMarginAfter() { return promotion == null ? candidate.getMargin() : promotion.getMarginAfter(); }
    public boolean isMarginKnown() { return promotion == null ? candidate.isMarginKnown() : promotion.isMarginKnown(); }
    /** Whether it is a gift with the product (its promotion names the gift). */
    public boolean isGift() { return promotion != null && promotion.isGift(); }

    @Override
    public String toString() {
        return kind + " " + candidate + (promotion == null ? "" : " (" + promotion.getPromotionId() + ")");
    }
}
