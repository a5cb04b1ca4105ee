package dev.crosswise.demand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.demand.ProductDemand.Figures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What orders say of a product: its share of baskets, lately and over the year, and its repeat cycle. */
class ProductDemandTest {

    @Test
    void popularityIsTheShareOfBasketsOverTheYearAndOverTheLastFourWeeks() {
        var figures = ProductDemand.figures(200, 20, Map.of("milk", new long[] {50, 10}, "caviar", new long[] {2, 0}),
                Map.of());

        assertThat(figures).containsExactly(new Figures("caviar", 0.01, 0.0, null), new Figures("milk", 0.25, 0.5, null));
    }

    @Test
    void aRepeatCycleIsTheMedianIntervalOnceEnoughPurchasesRepeat() {
        var figures = ProductDemand.figures(10, 0, Map.of("milk", new long[] {5, 0}),
                Map.of("milk", List.of(7L, 30L, 9L, 8L), "bread", List.of(3L, 4L)));

        // milk: 7, 8, 9, 30 -> the lower middle, 8; bread: two intervals are too few to tell a cycle
        assertThat(figures).containsExactly(new Figures("milk", 0.5, 0.0, 8));
    }

    @Test
    void intervalsAreCountedInDaysBetweenConsecutivePurchaseDays() {
        assertThat(ProductDemand.intervalsInDays(List.of(LocalDate.parse("2015-03-01"), LocalDate.parse("2015-01-01"),
                LocalDate.parse("2015-01-15")))).containsExactly(14L, 45L);
    }
}
