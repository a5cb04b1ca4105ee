package dev.crosswise.promotion;

import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Tier;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A promotion merchandisers manage ({@code Mutation.upsertPromotion}): a percentage or an amount off the products it
 * names and the products of the categories it names (and their sub-categories) — or, for a gift promotion, a product
 * given free with them ({@code giftSku}, no discount) — from {@code validFrom} until
 * {@code validTo} or until it is ended, optionally for a tier and up and for some channels only, within an optional
 * budget. The budget counts recorded offers: every action of {@code Mutation.decide} that carried the promotion's
 * discount (or gift) uses one unit and its saving (a gift's: its list price); once either budget is used up, the
 * promotion is offered no more.
 *
 * @param skus       the products named directly
 * @param categories the categories named
 * @param usedUnits  recorded offers that carried the promotion
 * @param usedAmount the savings those offers promised, added up
 * @param bundle     the products named are a bundle: the discount is on the whole bundle, and a customer who owns or
 *                   carts part of it is offered the rest with the bundle's saving
 * @param giftSku    the product given free with each of its products; null for a promotion that is a discount
 */
public record Promotion(String id, String name, Double percentOff, Double amountOff, List<String> skus,
                        List<String> categories, OffsetDateTime validFrom, OffsetDateTime validTo, Tier minTier,
                        List<Channel> channels, Integer budgetUnits, Double budgetAmount, long usedUnits,
                        double usedAmount, OffsetDateTime endedAt, boolean bundle, String giftSku) {

    /** Whether it gives {@link #giftSku()} free with its products instead of a discount. */
    public boolean givesGift() {
        return giftSku != null;
    }

    /** When the promotion stops: its planned end, or when it was ended, whichever comes first. */
    public OffsetDateTime endsAt() {
        return endedAt != null && endedAt.isBefore(validTo) ? endedAt : validTo;
    }

    /** Whether it runs at {@code at}: started, not ended. Budget aside ({@link #budgetLeft()}). */
    public boolean activeAt(Instant at) {
        return !validFrom.toInstant().isAfter(at) && at.isBefore(endsAt().toInstant());
    }

    /** Whether neither budget is used up. */
    public boolean budgetLeft() {
        return (budgetUnits == null || usedUnits < budgetUnits) && (budgetAmount == null || usedAmount < budgetAmount);
    }

    /** What a product of {@code listPrice} costs with the promotion, to the cent, never below 0. */
    public double priceOf(double listPrice) {
        double price = percentOff != null ? listPrice * (1 - percentOff / 100.0) : listPrice - amountOff;
        return Math.max(0, Math.round(price * 100.0) / 100.0);
    }

    /**
     * What buying the whole bundle together saves on its list price {@code listPrice} (the sum of its products'),
     * to the cent: the percentage of it, or the amount.
     */
    public double bundleSaving(double listPrice) {
        return Math.round((listPrice - priceOf(listPrice)) * 100.0) / 100.0;
    }

    /** "20 % off" or "€5.00 off" (a discount's; not a gift's). */
    public String discountText() {
        return percentOff != null ? Money.percent(percentOff) + " off" : Money.euros(amountOff) + " off";
    }
}
