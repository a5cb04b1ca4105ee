package dev.crosswise.bench.backtest;

import dev.crosswise.importing.PurchaseLine;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the service and the baselines may learn from ({@code training}) and what they are asked to predict
 * ({@code members}, each with a target basket). A basket is one member's lines on one date, as in the import.
 */
record HistorySplit(String protocol, List<PurchaseLine> training, List<TestMember> members) {

    /**
     * Training: every line dated before {@code splitDate}. Test members: those with a basket on or after it; the
     * target is their first such basket, asked about at {@code splitDate} 00:00 UTC.
     */
    static HistorySplit byDate(List<PurchaseLine> lines, LocalDate splitDate) {
        List<PurchaseLine> training = lines.stream().filter(line -> line.date().isBefore(splitDate)).toList();
        List<TestMember> members = new ArrayList<>();
        basketsByMember(lines).forEach((member, baskets) -> {
            var first = baskets.ceilingEntry(splitDate);
            if (first != null) {
                members.add(new TestMember(GraphKeys.customerId(member),
                        splitDate.atStartOfDay(ZoneOffset.UTC).toInstant(), first.getValue()));
            }
        });
        return new HistorySplit("split-date " + splitDate, training, List.copyOf(members));
    }

    /**
     * Test members: those with at least two baskets; the target is their last basket, asked about at its date 00:00
     * UTC. Training: every line but those target baskets — other members' later lines stay (the usual leave-last
     * protocol: the graph knows co-purchases from after some members' decision instants).
     */
    static HistorySplit leaveLast(List<PurchaseLine> lines) {
        Map<String, TreeMap<LocalDate, Set<String>>> baskets = basketsByMember(lines);
        Map<String, LocalDate> targetDates = new TreeMap<>();
        List<TestMember> members = new ArrayList<>();
        baskets.forEach((member, byDate) -> {
            if (byDate.size() >= 2) {
                var last = byDate.lastEntry();
                targetDates.put(member, last.getKey());
                members.add(new TestMember(GraphKeys.customerId(member),
                        last.getKey().atStartOfDay(ZoneOffset.UTC).toInstant(), last.getValue()));
            }
        });
        List<PurchaseLine> training = lines.stream()
                .filter(line -> !line.date().equals(targetDates.get(line.customer()))).toList();
        return new HistorySplit("leave-last", training, List.copyOf(members));
    }

    /** member -> date -> the basket's skus, members and dates in order (so runs and reports are reproducible). */
    private static Map<String, TreeMap<LocalDate, Set<String>>> basketsByMember(List<PurchaseLine> lines) {
        Map<String, TreeMap<LocalDate, Set<String>>> baskets = new TreeMap<>();
        for (PurchaseLine line : lines) {
            baskets.computeIfAbsent(line.customer(), m -> new TreeMap<>())
                    .computeIfAbsent(line.date(), d -> new LinkedHashSet<>()).add(GraphKeys.sku(line.item()));
        }
        return baskets;
    }
}
