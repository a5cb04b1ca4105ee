package dev.crosswise.catalog;

import java.util.Map;

/**
 * How much of a product's recent rise (or fall) the shop's next weeks bear out, learned from its own weekly baskets.
 * A shop whose customers follow what sells lately (a new season, a fashion) keeps buying it; one whose recent weeks
 * are mostly chance (a grocer's few hundred baskets a month) sees the rise fade. So a product's share of the coming
 * baskets is foreseen at {@code year + weight x (recent - year)}, where the weight is the one that best foretold the
 * last {@value Popularity#RECENT_WEEKS} weeks before the decision from the weeks before them (least squares over the
 * products that sold in the year):
 * <pre>
 *   weight = sum (actual - year) x (recent - year) / sum (recent - year)^2,   between 0 and 1
 * </pre>
 * with the year's and the recent shares as of {@value Popularity#RECENT_WEEKS} weeks earlier, and {@code actual} the
 * share of the baskets since then. Learned where the decision stands, from nothing after it.
 */
final class TrendWeight {

    /** Baskets in the weeks it is learned on below which the shop's recent share is taken as it is (weight 1). */
    static final long MIN_BASKETS = 200;
    static final double UNLEARNED = 1.0;

    private TrendWeight() {
    }

    static double learn(long week, WeeklyBaskets shop, Map<String, WeeklyBaskets> products) {
        long earlier = week - Popularity.RECENT_WEEKS;
        long year = shop.between(earlier - Popularity.YEAR_WEEKS, earlier);
        long recent = shop.between(earlier - Popularity.RECENT_WEEKS, earlier);
        long since = shop.between(earlier, week);
        if (year == 0 || since < MIN_BASKETS) {
            return UNLEARNED;
        }
        double together = 0;
        double apart = 0;
        for (WeeklyBaskets weeks : products.values()) {
            long inYear = weeks.between(earlier - Popularity.YEAR_WEEKS, earlier);
            if (inYear == 0) {
                continue;
            }
            double yearShare = (double) inYear / year;
            double rise = Popularity.recentShare(weeks.between(earlier - Popularity.RECENT_WEEKS, earlier), recent,
                    yearShare) - yearShare;
            double actual = (double) weeks.between(earlier, week) / since;
            together += (actual - yearShare) * rise;
            apart += rise * rise;
        }
        return apart == 0 ? UNLEARNED : Math.max(0, Math.min(1, together / apart));
    }
}
