package dev.crosswise.metrics;

import dev.crosswise.catalog.Product;

/** How one product did as an offer in the period: shown, bought as a result, for how much. */
public record ProductMetrics(Product product, long exposures, long attributedPurchases, double attributedRevenue,
                             Rate conversionRate) {
}
