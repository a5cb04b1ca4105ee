package dev.crosswise.metrics;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code Query.metrics}: the period's totals, its groups and its series. Its most offered and converting products
 * are read only when asked ({@code topProducts}, once for both lists), and so are the promotions' costs
 * ({@code promotionSpend}): they take a pass of their own over the period.
 */
public record MetricsReport(OffsetDateTime from, OffsetDateTime to, List<MetricDimension> groupBy,
                            MetricInterval interval, Metrics totals, List<MetricGroup> groups, List<MetricPoint> series,
                            double clickThroughWindowHours, double viewThroughWindowHours,
                            Supplier<TopProducts> topProducts, Supplier<List<PromotionSpend>> promotionSpend) {

    /** The period's products most offered, and most bought as a result. */
    public record TopProducts(List<ProductMetrics> mostOffered, List<ProductMetrics> mostConverting) {
    }
}
