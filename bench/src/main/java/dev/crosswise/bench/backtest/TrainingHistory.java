package dev.crosswise.bench.backtest;

import dev.crosswise.importing.PurchaseLine;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The training lines counted by basket: what the baselines learn from (the service learns from their import). */
final class TrainingHistory {

    private final Map<String, Map<String, Integer>> basketsByMemberAndItem = new HashMap<>();
    private final Map<String, Integer> basketsByItem = new TreeMap<>();
    private final Map<String, Map<String, Integer>> basketsTogether = new HashMap<>();
    private int baskets;

    static TrainingHistory of(List<PurchaseLine> training) {
        Map<String, Map<LocalDate, Set<String>>> byMemberAndDate = new TreeMap<>();
        for (PurchaseLine line : training) {
            byMemberAndDate.computeIfAbsent(GraphKeys.customerId(line.customer()), m -> new TreeMap<>())
                    .computeIfAbsent(line.date(), d -> new LinkedHashSet<>()).add(GraphKeys.sku(line.item()));
        }
        TrainingHistory history = new TrainingHistory();
        byMemberAndDate.forEach((customerId, basketsOfMember) -> basketsOfMember.values()
                .forEach(basket -> history.add(customerId, basket)));
        return history;
    }

    private void add(String customerId, Set<String> basket) {
        baskets++;
        Map<String, Integer> ofMember = basketsByMemberAndItem.computeIfAbsent(customerId, m -> new HashMap<>());
        for (String item : basket) {
            ofMember.merge(item, 1, Integer::sum);
            basketsByItem.merge(item, 1, Integer::sum);
            Map<String, Integer> partners = basketsTogether.computeIfAbsent(item, i -> new HashMap<>());
            for (String other : basket) {
                if (!other.equals(item)) {
                    partners.merge(other, 1, Integer::sum);
                }
            }
        }
    }

    int baskets() {
        return baskets;
    }

    int members() {
        return basketsByMemberAndItem.size();
    }

    /** Distinct items of the training lines, in sku order. */
    Set<String> items() {
        return basketsByItem.keySet();
    }

    /** How many training baskets hold {@code item} (0 when none). */
    int basketsWith(String item) {
        return basketsByItem.getOrDefault(item, 0);
    }

    /** The member's items, each with how many of the member's training baskets hold it; empty for a cold member. */
    Map<String, Integer> itemsOf(String customerId) {
        return basketsByMemberAndItem.getOrDefault(customerId, Map.of());
    }

    boolean knows(String customerId) {
        return basketsByMemberAndItem.containsKey(customerId);
    }

    /** Items sharing at least one basket with {@code item}, each with how many: n_ij. */
    Map<String, Integer> partnersOf(String item) {
        return basketsTogether.getOrDefault(item, Map.of());
    }

    /** cos(i, j) = n_ij / sqrt(n_i n_j) over baskets; 0 for items never bought together. */
    double cosine(String i, String j) {
        int together = partnersOf(i).getOrDefault(j, 0);
        return together == 0 ? 0 : together / Math.sqrt((double) basketsWith(i) * basketsWith(j));
    }
}
