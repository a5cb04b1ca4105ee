package dev.crosswise.bench.backtest;

import static dev.crosswise.bench.backtest.ToyHistory.gain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    static final List<String> RANKING = List.of("x", "a", "y", "b", "z", "w", "c");
    static final Set<String> TARGET = Set.of("a", "b", "c");

    @Test
    void aHitIsAtLeastOneTargetItemInTheTopK() {
        assertThat(RankingMetrics.hit(RANKING, TARGET, 1)).isZero();
        assertThat(RankingMetrics.hit(RANKING, TARGET, 2)).isEqualTo(1);
    }

    @Test
    void recallIsTheShareOfTheTargetFoundInTheTopK() {
        assertThat(RankingMetrics.recall(RANKING, TARGET, 5)).isEqualTo(2.0 / 3);
        assertThat(RankingMetrics.recall(RANKING, TARGET, 10)).isEqualTo(1.0);
    }

    @Test
    void ndcgDiscountsEachHitByTheLogOfItsRankAgainstTheIdealOrder() {
        assertThat(RankingMetrics.ndcg(RANKING, TARGET, 5))
                .isCloseTo((gain(2) + gain(4)) / (gain(1) + gain(2) + gain(3)), within(1e-12));
        assertThat(RankingMetrics.ndcg(RANKING, TARGET, 10))
                .isCloseTo((gain(2) + gain(4) + gain(7)) / (gain(1) + gain(2) + gain(3)), within(1e-12));
    }

    @Test
    void theIdealOfATargetSmallerThanKStopsAtTheTargetSize() {
        assertThat(RankingMetrics.ndcg(List.of("a", "x"), Set.of("a"), 5)).isEqualTo(1.0);
        assertThat(RankingMetrics.ndcg(List.of("x", "a"), Set.of("a"), 5)).isCloseTo(gain(2), within(1e-12));
    }

    @Test
    void anEmptyRankingScoresZero() {
        assertThat(RankingMetrics.hit(List.of(), TARGET, 10)).isZero();
        assertThat(RankingMetrics.recall(List.of(), TARGET, 10)).isZero();
        assertThat(RankingMetrics.ndcg(List.of(), TARGET, 10)).isZero();
    }
}
