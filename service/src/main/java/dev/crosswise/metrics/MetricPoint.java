package dev.crosswise.metrics;

import java.time.OffsetDateTime;

/** One bucket of a report's series, starting at {@code start}. */
public record MetricPoint(OffsetDateTime start, Metrics metrics) {
}
