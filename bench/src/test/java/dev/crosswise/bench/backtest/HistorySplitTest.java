package dev.crosswise.bench.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.importing.PurchaseLine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistorySplitTest {

    @Test
    void aSplitDateTrainsOnTheLinesBeforeItAndAsksEachMemberAboutTheirFirstBasketFromIt() {
        HistorySplit split = ToyHistory.splitByDate();

        assertThat(split.protocol()).isEqualTo("split-date 2015-03-01");
        assertThat(split.training()).hasSize(8).allMatch(line -> line.date().isBefore(ToyHistory.SPLIT));
        Instant splitInstant = Instant.parse("2015-03-01T00:00:00Z");
        assertThat(split.members()).containsExactly(
                new TestMember("M-1", splitInstant, Set.of("G-a", "G-d")),
                new TestMember("M-2", splitInstant, Set.of("G-b", "G-e")),
                new TestMember("M-3", splitInstant, Set.of("G-a", "G-e")));
    }

    @Test
    void leaveLastAsksMembersWithTwoBasketsOrMoreAboutTheirLastOneAndTrainsOnEverythingElse() {
        HistorySplit split = HistorySplit.leaveLast(ToyHistory.lines());

        assertThat(split.protocol()).isEqualTo("leave-last");
        assertThat(split.members()).containsExactly(
                new TestMember("M-1", Instant.parse("2015-03-01T00:00:00Z"), Set.of("G-a", "G-d")),
                new TestMember("M-2", Instant.parse("2015-04-01T00:00:00Z"), Set.of("G-f")));
        // members 3 and 4 have one basket each: not asked about, but their lines stay, dated after member 1's instant
        assertThat(split.training()).hasSize(12)
                .doesNotContain(line("1", "2015-03-01", "a"), line("1", "2015-03-01", "d"), line("2", "2015-04-01", "f"))
                .contains(line("2", "2015-03-05", "e"), line("3", "2015-03-10", "a"), line("4", "2015-02-10", "a"));
    }

    @Test
    void itemsAreComparedAsTheImportsSkus() {
        HistorySplit split = HistorySplit.byDate(java.util.List.of(
                line("7", "2015-01-01", "whole milk"), line("7", "2015-06-01", "rolls/buns"),
                line("7", "2015-06-01", "Rolls/Buns")), LocalDate.parse("2015-05-01"));

        assertThat(split.members().getFirst().target()).containsExactly("G-rolls-buns");
    }

    private static PurchaseLine line(String member, String date, String item) {
        return new PurchaseLine(member, LocalDate.parse(date), item);
    }
}
