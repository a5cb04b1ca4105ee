package dev.crosswise.bench.backtest;

import java.util.List;
import java.util.Set;

/** Top-K measures of one ranking against one target basket, with binary relevance (bought or not). */
final class RankingMetrics {

    private RankingMetrics() {
    }

    /** How many of the first {@code k} items the target holds. */
    static int hits(List<String> ranking, Set<String> target, int k) {
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (target.contains(ranking.get(i))) {
                hits++;
            }
        }
        return hits;
    }

    /** 1 when at least one of the first {@code k} items is in the target. */
    static double hit(List<String> ranking, Set<String> target, int k) {
        return hits(ranking, target, k) > 0 ? 1 : 0;
    }

    /** The share of the target found in the first {@code k} items. */
    static double recall(List<String> ranking, Set<String> target, int k) {
        return (double) hits(ranking, target, k) / target.size();
    }

    /**
     * DCG / IDCG with a log2 discount (rank r counts 1 / log2(r + 1)); the ideal ranking puts min(k, target size)
     * hits first, so a target smaller than k can still score 1.
     */
    static double ndcg(List<String> ranking, Set<String> target, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (target.contains(ranking.get(i))) {
                dcg += discount(i);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, target.size()); i++) {
            ideal += discount(i);
        }
        return dcg / ideal;
    }

    private static double discount(int zeroBasedRank) {
        return 1 / (Math.log(zeroBasedRank + 2) / Math.log(2));
    }
}
