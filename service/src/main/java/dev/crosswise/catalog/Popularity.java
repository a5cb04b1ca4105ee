package dev.crosswise.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What sells, as of one week: each product's share of the baskets of the year before it and of the four weeks
 * before it (shrunk toward the year's), and the products that sold in that year, best seller first (equal shares by sku), overall and per
 * category; and how much of a recent rise the shop's weeks bear out ({@link TrendWeight}), for the share foreseen.
 * {@link ProductGraph#popularityAt} gives the one of a decision's time.
 */
public final class Popularity {

    public static final int YEAR_WEEKS = 52;
    public static final int RECENT_WEEKS = 4;
    /**
     * The recent share is shrunk toward the year's as if this many more recent baskets had held the product at its
     * year's rate: a shop with a handful of baskets in four weeks (the demo's 33 orders) would otherwise call a product
     * bought once "trending, in 33 % of the baskets".
     */
    public static final double PRIOR_RECENT_BASKETS = 20;

    /** A product's share of the year's baskets and of the last four weeks'. */
    public record Share(double year, double recent) {

        static final Share NONE = new Share(0, 0);

        /** How much more often it sells lately than over the year (1 = as usual). */
        public double trend() {
            return year <= 0 ? 0 : recent / year;
        }
    }

    static final Popularity NONE = new Popularity(Map.of(), sku -> List.of(), TrendWeight.UNLEARNED);

    private final Map<String, Share> shares;
    private final double trendWeight;
    private final List<String> bestSellers;
    private final Map<String, List<String>> byCategory;

    Popularity(Map<String, Share> shares, Function<String, List<String>> categories, double trendWeight) {
        this.shares = shares;
        this.trendWeight = trendWeight;
        this.bestSellers = shares.entrySet().stream().filter(e -> e.getValue().year() > 0)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Share> e) -> e.getValue().year()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        Map<String, List<String>> perCategory = new HashMap<>();
        for (String sku : bestSellers) {
            categories.apply(sku).forEach(c -> perCategory.computeIfAbsent(c, k -> new ArrayList<>()).add(sku));
        }
        this.byCategory = perCategory;
    }

    /** Shares of the year and of the last four weeks before {@code week}, from weekly baskets. */
    public static Popularity before(long week, WeeklyBaskets shop, Map<String, WeeklyBaskets> products,
                             Function<String, List<String>> categories) {
        long year = shop.between(week - YEAR_WEEKS, week);
        long recent = shop.between(week - RECENT_WEEKS, week);
        Map<String, Share> shares = new HashMap<>();
        products.forEach((sku, weeks) -> {
            long inYear = weeks.between(week - YEAR_WEEKS, week);
            if (inYear > 0) {
                double yearShare = (double) inYear / year;
                shares.put(sku, new Share(yearShare, recentShare(weeks.between(week - RECENT_WEEKS, week), recent,
                        yearShare)));
            }
        });
        return new Popularity(shares, categories, TrendWeight.learn(week, shop, products));
    }

    /** The share of {@code baskets} recent baskets, shrunk toward the year's ({@link #PRIOR_RECENT_BASKETS}). */
    static double recentShare(long holding, long baskets, double yearShare) {
        return (holding + PRIOR_RECENT_BASKETS * yearShare) / (baskets + PRIOR_RECENT_BASKETS);
    }

    /** The product's share of the coming baskets: its year's, moved toward its recent one as far as the shop's weeks bear out. */
    public double foreseen(String sku) {
        Share share = share(sku);
        return share.year() + trendWeight * (share.recent() - share.year());
    }

    /** How much of a recent rise the shop's weeks bear out, between 0 and 1 ({@link TrendWeight}). */
    public double trendWeight() {
        return trendWeight;
    }

    public Share share(String sku) {
        return shares.getOrDefault(sku, Share.NONE);
    }

    public List<String> bestSellers() {
        return bestSellers;
    }

    public List<String> bestSellers(String category) {
        return byCategory.getOrDefault(category, List.of());
    }
}
