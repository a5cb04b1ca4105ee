package dev.crosswise.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.neo4j.driver.Record;

/** The rows of a report's six reads, for a period or for one day of it; every row names its day. */
record MetricsReads(List<Record> decisions, List<Record> exposures, List<Record> credits, List<Record> suppressions,
                    List<Record> orders, List<Record> creditedOrders) {

    static final MetricsReads NONE = new MetricsReads(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    static MetricsReads concat(Collection<MetricsReads> parts) {
        Function<Function<MetricsReads, List<Record>>, List<Record>> all = rows -> {
            List<Record> joined = new ArrayList<>();
            parts.forEach(part -> joined.addAll(rows.apply(part)));
            return joined;
        };
        return new MetricsReads(all.apply(MetricsReads::decisions), all.apply(MetricsReads::exposures),
                all.apply(MetricsReads::credits), all.apply(MetricsReads::suppressions), all.apply(MetricsReads::orders),
                all.apply(MetricsReads::creditedOrders));
    }

    /** The rows split by their day; a day without any row is absent. */
    Map<LocalDate, MetricsReads> byDay() {
        Map<LocalDate, List<List<Record>>> days = new TreeMap<>();
        List<List<Record>> kinds = List.of(decisions, exposures, credits, suppressions, orders, creditedOrders);
        for (int kind = 0; kind < kinds.size(); kind++) {
            for (Record row : kinds.get(kind)) {
                List<List<Record>> day = days.computeIfAbsent(row.get("day").asLocalDate(), d -> {
                    List<List<Record>> empty = new ArrayList<>();
                    kinds.forEach(k -> empty.add(new ArrayList<>()));
                    return empty;
                });
                day.get(kind).add(row);
            }
        }
        Map<LocalDate, MetricsReads> split = new TreeMap<>();
        days.forEach((day, rows) -> split.put(day, new MetricsReads(List.copyOf(rows.get(0)), List.copyOf(rows.get(1)),
                List.copyOf(rows.get(2)), List.copyOf(rows.get(3)), List.copyOf(rows.get(4)), List.copyOf(rows.get(5)))));
        return split;
    }
}
