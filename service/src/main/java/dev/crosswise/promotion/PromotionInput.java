package dev.crosswise.promotion;

import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Tier;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * GraphQL input {@code PromotionInput}: the whole promotion, as it should be (an upsert replaces what it names and
 * what it applies to; left-out options mean "none").
 */
public record PromotionInput(String id, String name, Double percentOff, Double amountOff, List<String> skus,
                             List<String> categories, OffsetDateTime validFrom, OffsetDateTime validTo, Tier minTier,
                             List<Channel> channels, Integer budgetUnits, Double budgetAmount, Boolean bundle,
                             String giftSku) {

    /** Whether the products are a bundle: the discount is on buying them together. */
    public boolean isBundle() {
        return Boolean.TRUE.equals(bundle);
    }

    /** Whether it gives a product free with its products ({@code giftSku}) rather than a discount. */
    public boolean isGift() {
        return giftSku != null;
    }
}
