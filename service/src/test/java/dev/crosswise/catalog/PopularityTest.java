package dev.crosswise.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What sells as of a week: shares of the year's and the last four weeks' baskets before it. */
class PopularityTest {

    // 60 weeks of 10 baskets each, from week 1000
    private static final WeeklyBaskets SHOP = new WeeklyBaskets(1000, filled(60, 10));

    @Test
    void sharesCountTheYearAndTheFourWeeksBeforeTheWeekOnly() {
        var milk = new WeeklyBaskets(1000, filled(60, 2)); // 2 of every 10 baskets
        var snow = new WeeklyBaskets(1056, new long[] {5, 5, 5, 5}); // only in the last four weeks, half the baskets

        var popularity = Popularity.before(1060, SHOP, Map.of("milk", milk, "snow", snow), sku -> List.of("food"));

        assertThat(popularity.share("milk").year()).isCloseTo(0.2, within(1e-12));
        assertThat(popularity.share("milk").recent()).isCloseTo(0.2, within(1e-12)); // 8 of 40, shrunk toward 0.2
        assertThat(popularity.share("snow").year()).isCloseTo(20.0 / 520, within(1e-12));
        // 20 of the last 40 baskets, as if 20 more had held it at its year's rate
        assertThat(popularity.share("snow").recent()).isCloseTo((20 + 20 * 20.0 / 520) / 60, within(1e-12));
        assertThat(popularity.share("snow").trend()).isGreaterThan(8);
        assertThat(popularity.bestSellers()).containsExactly("milk", "snow");
        assertThat(popularity.bestSellers("food")).containsExactly("milk", "snow");
        // asked as of week 1056, the snow had not sold yet
        assertThat(Popularity.before(1056, SHOP, Map.of("milk", milk, "snow", snow), sku -> List.of()).bestSellers())
                .containsExactly("milk");
    }

    @Test
    void aProductBoughtOnceInAFewRecentBasketsIsNotATrend() {
        var tinyShop = new WeeklyBaskets(1000, filled(60, 1)); // one basket a week
        var chair = new WeeklyBaskets(1057, new long[] {1}); // in one of the last four

        var share = Popularity.before(1060, tinyShop, Map.of("chair", chair), sku -> List.of()).share("chair");

        assertThat(share.recent()).isLessThan(0.1); // not 25 %
    }

    /**
     * A shop of 100 baskets a week. Four weeks before the decision's last four, a product jumped from 5 % to 25 % of
     * the baskets; whether it stayed there is what the shop's weeks say of such rises.
     */
    @Test
    void aRiseTheShopsWeeksBoreOutIsForeseenInFull() {
        var busyShop = new WeeklyBaskets(1000, filled(60, 100));
        var scarf = new WeeklyBaskets(1000, weeks(52, 5, 8, 25)); // 52 weeks at 5, then 8 at 25: it lasted

        var popularity = Popularity.before(1060, busyShop, Map.of("scarf", scarf), sku -> List.of());

        assertThat(popularity.trendWeight()).isEqualTo(1.0);
        assertThat(popularity.foreseen("scarf")).isCloseTo(popularity.share("scarf").recent(), within(1e-12));
    }

    @Test
    void aRiseThatFadedInTheShopsWeeksIsForeseenAtTheYearsShare() {
        var busyShop = new WeeklyBaskets(1000, filled(60, 100));
        var scarf = new WeeklyBaskets(1000, weeks(52, 5, 4, 25)); // 52 weeks at 5, 4 at 25, then back to 5
        var hat = new WeeklyBaskets(1000, weeks(56, 5, 4, 25)); // rising now, in the last four weeks

        var popularity = Popularity.before(1060, busyShop, Map.of("scarf", scarf, "hat", hat), sku -> List.of());

        assertThat(popularity.trendWeight()).isZero();
        assertThat(popularity.share("hat").trend()).isGreaterThan(1.5); // still trending: a candidate to propose
        assertThat(popularity.foreseen("hat")).isCloseTo(popularity.share("hat").year(), within(1e-12));
    }

    @Test
    void withTooFewBasketsToTellTheRecentShareIsTakenAsItIs() {
        var smallShop = new WeeklyBaskets(1000, filled(60, 10)); // 40 baskets in the weeks it would learn on
        var scarf = new WeeklyBaskets(1000, weeks(52, 1, 4, 5)); // a rise that faded

        var popularity = Popularity.before(1060, smallShop, Map.of("scarf", scarf), sku -> List.of());

        assertThat(popularity.trendWeight()).isEqualTo(1.0);
    }

    @Test
    void weeksAreSevenDaysFromTheEpoch() {
        assertThat(WeeklyBaskets.weekOf(Instant.parse("1970-01-08T00:00:00Z"))).isEqualTo(1);
        assertThat(WeeklyBaskets.weekOf(Instant.parse("1970-01-07T23:59:59Z"))).isZero();
        assertThat(new WeeklyBaskets(10, new long[] {1, 2, 3}).between(0, 12)).isEqualTo(3);
        assertThat(new WeeklyBaskets(10, new long[] {1, 2, 3}).endWeek()).isEqualTo(13);
    }

    /** {@code first} weeks of {@code before} baskets holding it, then {@code then} weeks of {@code after}, then {@code before} again up to 60 weeks. */
    private static long[] weeks(int first, long before, int then, long after) {
        long[] counts = filled(60, before);
        java.util.Arrays.fill(counts, first, first + then, after);
        return counts;
    }

    private static long[] filled(int weeks, long each) {
        long[] counts = new long[weeks];
        java.util.Arrays.fill(counts, each);
        return counts;
    }
}
