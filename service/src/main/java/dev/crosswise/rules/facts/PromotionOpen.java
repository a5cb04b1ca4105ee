package dev.crosswise.rules.facts;

/** Classification: this running promotion is open to this customer on this channel (rules/incentives/promotions.drl). */
public final class PromotionOpen {
    private final PromotionOffer offer;

    public PromotionOpen(PromotionOffer offer) {
        this.offer = offer;
    }

    public PromotionOffer getOffer() { return offer; }
    public String getSku() { return offer.getSku(); }
    public boolean isBundle() { return offer.isBundle(); }
    public boolean isGift() { return offer.isGift(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof PromotionOpen other && other.offer == offer;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(offer);
    }
}
