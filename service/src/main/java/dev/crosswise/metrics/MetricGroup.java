package dev.crosswise.metrics;

import java.util.List;

/** One group of a report: {@code key} holds one value per {@code groupBy} dimension ("none" where it has none). */
public record MetricGroup(List<String> key, Metrics metrics) {
}
