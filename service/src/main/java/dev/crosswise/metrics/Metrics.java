package dev.crosswise.metrics;

import java.util.List;

/**
 * The playbook's measures for one slice of a report (the period, one group, one time bucket). Counts of exposures,
 * responses and credited purchases belong to the decisions made in the slice; order values and return rates of all
 * items to the purchases made in it.
 */
public record Metrics(long decisions, long exposures, long clicks, long acceptances, long dismissals,
                      long attributedPurchases, double attributedRevenue, double attributedMargin,
                      double attributedDiscount,
                      Rate acceptanceRate, Rate clickThroughRate, Rate conversionRate, Double revenuePerDecision,
                      Double medianHoursToSecondaryPurchase, Rate categoryExpansionRate,
                      Double crossSellAov, Double otherAov, Rate returnRateRecommended, Rate returnRateAll,
                      Rate repeatPurchaseShare, List<RuleCount> suppressionsByRule) {
}
