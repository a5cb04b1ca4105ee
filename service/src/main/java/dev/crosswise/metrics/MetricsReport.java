package dev.crosswise.metrics;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code Query.metrics}: the period's totals, its groups and its series, and its most offered and converting products. */
public record MetricsReport(OffsetDateTime from, OffsetDateTime to, List<MetricDimension> groupBy,
                            MetricInterval interval, Metrics totals, List<MetricGroup> groups, List<MetricPoint> series,
                            List<ProductMetrics> mostOffered, List<ProductMetrics> mostConverting,
                            double clickThroughWindowHours, double viewThroughWindowHours) {
}
