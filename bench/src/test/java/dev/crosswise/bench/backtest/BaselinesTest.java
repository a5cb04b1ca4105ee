package dev.crosswise.bench.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BaselinesTest {

    final TrainingHistory history = TrainingHistory.of(ToyHistory.splitByDate().training());
    final Baselines baselines = new Baselines(history);

    @Test
    void theHistoryCountsBasketsNotLines() {
        assertThat(history.baskets()).isEqualTo(4);
        assertThat(history.items()).containsExactly("G-a", "G-b", "G-c");
        assertThat(history.itemsOf("M-1")).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("G-a", 2, "G-b", 1, "G-c", 1));
        assertThat(history.knows("M-3")).isFalse();
        assertThat(history.cosine("G-a", "G-c")).isEqualTo(2 / 3.0);
        assertThat(history.cosine("G-a", "G-b")).isCloseTo(1 / Math.sqrt(6), within(1e-15));
    }

    @Test
    void globalPopularityRanksItemsByBasketsTiesBySku() {
        assertThat(baselines.globalPopularity()).containsExactly("G-a", "G-c", "G-b");
    }

    @Test
    void personalPopularityRanksTheMembersOwnItemsTiesByGlobalPopularity() {
        assertThat(baselines.personalPopularity("M-1")).containsExactly("G-a", "G-c", "G-b");
        assertThat(baselines.personalPopularity("M-2")).containsExactly("G-c", "G-b");
        assertThat(baselines.personalPopularity("M-3")).isEmpty();
    }

    @Test
    void personalThenGlobalFillsUpWithGlobalPopularity() {
        assertThat(baselines.personalThenGlobal("M-2")).containsExactly("G-c", "G-b", "G-a");
        assertThat(baselines.personalThenGlobal("M-3")).containsExactly("G-a", "G-c", "G-b");
    }

    @Test
    void itemKnnSumsTheCosinesOfTheMembersOtherItemsWeightedByTheirBaskets() {
        // member 1 (a x2, b, c): a = cos(b,a) + cos(c,a) = 1.07; b = 2 cos(a,b) + cos(c,b) = 1.22; c = 2 cos(a,c) + cos(b,c) = 1.74
        assertThat(baselines.itemKnn("M-1")).containsExactly("G-c", "G-b", "G-a");
        // member 2 (b, c): a = cos(b,a) + cos(c,a) = 1.07; b = c = 0.41, tie by popularity
        assertThat(baselines.itemKnn("M-2")).containsExactly("G-a", "G-c", "G-b");
        assertThat(baselines.itemKnn("M-3")).as("cold: global popularity").containsExactly("G-a", "G-c", "G-b");
    }

    @Test
    void theNewOnlyVariantsLeaveOutTheMembersOwnItems() {
        assertThat(baselines.globalPopularityNewOnly("M-1")).isEmpty();
        assertThat(baselines.globalPopularityNewOnly("M-2")).containsExactly("G-a");
        assertThat(baselines.itemKnnNewOnly("M-2")).containsExactly("G-a");
        assertThat(baselines.itemKnnNewOnly("M-3")).containsExactly("G-a", "G-c", "G-b");
    }
}
