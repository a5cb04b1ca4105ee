package dev.crosswise.bench.backtest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Crosswise has to beat, computed in memory from the same training lines. Every ranking breaks ties by global
 * popularity, then by sku, so that each run ranks the same way.
 */
final class Baselines {

    private final TrainingHistory history;
    private final List<String> byPopularity;
    private final Map<String, Integer> popularityRank = new HashMap<>();

    Baselines(TrainingHistory history) {
        this.history = history;
        this.byPopularity = history.items().stream()
                .sorted(Comparator.comparingInt(history::basketsWith).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int rank = 0; rank < byPopularity.size(); rank++) {
            popularityRank.put(byPopularity.get(rank), rank);
        }
    }

    /** Every baseline, in the order of the report. */
    List<Method> methods(int limit) {
        return List.of(
                new Method("global popularity", m -> MemberAnswer.of(globalPopularity(), limit)),
                new Method("personal popularity", m -> MemberAnswer.of(personalPopularity(m.customerId()), limit)),
                new Method("personal then global", m -> MemberAnswer.of(personalThenGlobal(m.customerId()), limit)),
                new Method("item-kNN", m -> MemberAnswer.of(itemKnn(m.customerId()), limit)),
                new Method("global popularity, new only", m -> MemberAnswer.of(globalPopularityNewOnly(m.customerId()), limit)),
                new Method("item-kNN, new only", m -> MemberAnswer.of(itemKnnNewOnly(m.customerId()), limit)));
    }

    /** Items by how many training baskets hold them. */
    List<String> globalPopularity() {
        return byPopularity;
    }

    /** The member's own items by how many of their baskets hold them; nothing for a cold member. */
    List<String> personalPopularity(String customerId) {
        Map<String, Integer> own = history.itemsOf(customerId);
        return own.keySet().stream()
                .sorted(Comparator.comparing((String item) -> -own.get(item)).thenComparing(popularityRank::get))
                .toList();
    }

    /** The member's own items first, then the others by global popularity. */
    List<String> personalThenGlobal(String customerId) {
        Set<String> ranking = new LinkedHashSet<>(personalPopularity(customerId));
        ranking.addAll(byPopularity);
        return List.copyOf(ranking);
    }

    /**
     * score(j) = the sum over the member's items i (i != j), each weighted by how many of the member's baskets hold
     * it, of cos(i, j); items scoring 0 follow by global popularity, and a cold member gets global popularity.
     */
    List<String> itemKnn(String customerId) {
        Map<String, Double> scores = new HashMap<>();
        history.itemsOf(customerId).forEach((item, weight) -> history.partnersOf(item).keySet()
                .forEach(partner -> scores.merge(partner, weight * history.cosine(item, partner), Double::sum)));
        return byPopularity.stream()
                .sorted(Comparator.comparing((String item) -> -scores.getOrDefault(item, 0.0))
                        .thenComparing(popularityRank::get))
                .toList();
    }

    List<String> globalPopularityNewOnly(String customerId) {
        return withoutOwnItems(globalPopularity(), customerId);
    }

    List<String> itemKnnNewOnly(String customerId) {
        return withoutOwnItems(itemKnn(customerId), customerId);
    }

    private List<String> withoutOwnItems(List<String> ranking, String customerId) {
        Map<String, Integer> own = history.itemsOf(customerId);
        List<String> fresh = new ArrayList<>(ranking.size());
        for (String item : ranking) {
            if (!own.containsKey(item)) {
                fresh.add(item);
            }
        }
        return fresh;
    }
}
