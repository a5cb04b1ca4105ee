package dev.crosswise.bench.generator;

import java.util.List;
import java.util.Map;

/** One generated customer with what they own, their recent signals and the decisions already shown to them. */
public record CustomerRows(Map<String, Object> customer, List<Map<String, Object>> owns,
                           List<Map<String, Object>> events, List<Map<String, Object>> decisions) {
}
