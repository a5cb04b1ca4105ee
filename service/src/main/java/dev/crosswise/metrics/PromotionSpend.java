package dev.crosswise.metrics;

import dev.crosswise.promotion.Promotion;

/**
 * What one promotion cost and earned in a report's period: the offers that carried it (exposures of the period's
 * decisions) and the savings they promised, and the purchases credited to those exposures — their revenue and the
 * discount actually given on them.
 *
 * @param promotion null when the promotion was deleted since
 */
public record PromotionSpend(String promotionId, Promotion promotion, long offers, double promisedSavings,
                             long attributedPurchases, double attributedRevenue, double discount) {
}
