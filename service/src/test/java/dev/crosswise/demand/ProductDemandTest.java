package dev.crosswise.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crosswise.catalog.WeeklyBaskets;
import dev.crosswise.demand.ProductDemand.Figures;
import dev.crosswise.demand.ProductDemand.Weeks;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What orders say of a product: its share of baskets, lately and over the year, and its repeat cycle. */
class ProductDemandTest {

    @Test
    void popularityIsTheShareOfBasketsOverTheYearBeforeTheLastWeekWithOrders() {
        // 52 weeks of 10 baskets; milk in 5 of each week's, caviar once, bread never but bought again
        var weeks = new Weeks(new WeeklyBaskets(100, filled(52, 10)), Map.of(
                "milk", new WeeklyBaskets(100, filled(52, 5)), "caviar", new WeeklyBaskets(120, new long[] {1})));

        var figures = ProductDemand.figures(weeks, Map.of("bread", List.of(7L, 9L, 8L)));

        assertThat(figures).extracting(Figures::sku).containsExactly("bread", "caviar", "milk");
        assertThat(figures.get(2).popularity()).isCloseTo(0.5, within(1e-12));
        assertThat(figures.get(2).recentPopularity()).isCloseTo(0.5, within(1e-12));
        assertThat(figures.get(1).popularity()).isCloseTo(1.0 / 520, within(1e-12));
        assertThat(figures.get(0).popularity()).isZero();
        assertThat(figures.get(0).repeatDays()).isEqualTo(8);
        assertThat(figures.get(2).weeks().fromWeek()).isEqualTo(100);
    }

    @Test
    void aRepeatCycleIsTheMedianIntervalOnceEnoughPurchasesRepeat() {
        // milk: 7, 8, 9, 30 -> the lower middle, 8; bread: two intervals are too few to tell a cycle
        assertThat(ProductDemand.repeatCycles(Map.of("milk", List.of(7L, 30L, 9L, 8L), "bread", List.of(3L, 4L))))
                .isEqualTo(Map.of("milk", 8));
    }

    @Test
    void intervalsAreCountedInDaysBetweenConsecutivePurchaseDays() {
        assertThat(ProductDemand.intervalsInDays(List.of(LocalDate.parse("2015-03-01"), LocalDate.parse("2015-01-01"),
                LocalDate.parse("2015-01-15")))).containsExactly(14L, 45L);
    }

    @Test
    void basketsGiveWeeklyCountsAndEachCustomersRepeatIntervals() {
        var monday = java.time.Instant.parse("2015-01-05T10:00:00Z");
        var baskets = List.of(
                new Basket("ada", "o1", monday, List.of("milk", "bread")),
                new Basket("ada", "o2", monday.plus(java.time.Duration.ofDays(10)), List.of("milk")),
                new Basket("bob", "o3", monday.plus(java.time.Duration.ofDays(1)), List.of("milk")),
                new Basket("bob", "o4", null, List.of("milk"))); // no time: counted nowhere here

        var weeks = ProductDemand.weeks(baskets);

        assertThat(weeks.shop().between(0, Long.MAX_VALUE)).isEqualTo(3);
        assertThat(weeks.products().get("milk").between(0, Long.MAX_VALUE)).isEqualTo(3);
        assertThat(weeks.products().get("bread").between(0, Long.MAX_VALUE)).isEqualTo(1);
        // only Ada bought milk on two days, 10 apart; Bob's second basket has no day
        assertThat(ProductDemand.repeatIntervals(baskets)).isEqualTo(Map.of("milk", List.of(10L)));
    }

    @Test
    void weeksCountedSparselyBecomeARunOfWeeks() {
        var dense = ProductDemand.dense(new java.util.TreeMap<>(Map.of(10L, 2L, 13L, 1L)));

        assertThat(dense.fromWeek()).isEqualTo(10);
        assertThat(dense.counts()).containsExactly(2, 0, 0, 1);
    }

    private static long[] filled(int weeks, long each) {
        long[] counts = new long[weeks];
        java.util.Arrays.fill(counts, each);
        return counts;
    }
}
