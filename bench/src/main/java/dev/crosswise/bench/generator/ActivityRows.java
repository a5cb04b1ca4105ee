package dev.crosswise.bench.generator;

import java.util.List;
import java.util.Map;

/**
 * One customer's offer traffic: decisions with their offered actions (rows as {@link CustomerRows#decisions()}),
 * responses to them, and purchase lines (rows as {@link CustomerRows#events()}, {@code returned} set on those taken
 * back). Nothing here is attributed: the import asks the service's attribution to do that.
 */
public record ActivityRows(List<Map<String, Object>> decisions, List<Map<String, Object>> responses,
                           List<Map<String, Object>> purchases) {

    public static final ActivityRows NONE = new ActivityRows(List.of(), List.of(), List.of());
}
