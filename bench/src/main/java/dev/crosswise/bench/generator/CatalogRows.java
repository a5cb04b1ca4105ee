package dev.crosswise.bench.generator;

import java.util.List;
import java.util.Map;

/** The generated catalog, as rows ready for {@code UNWIND $rows}. */
public record CatalogRows(List<Map<String, Object>> categories, List<Map<String, Object>> families,
                          List<Map<String, Object>> products, List<Map<String, Object>> solutions,
                          List<Map<String, Object>> upgrades, List<Map<String, Object>> complements,
                          List<Map<String, Object>> boughtWith) {
}
