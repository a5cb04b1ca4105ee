package dev.crosswise.bench.history;

import java.time.LocalDate;

/**
 * What a generated purchase history holds. The same settings give the same file, line for line.
 *
 * @param seed    the random seed
 * @param lines   lines of the file (one item bought once each)
 * @param members customers ({@code Member_number}); each shops at least once
 * @param items   distinct item descriptions to draw from (popularity is skewed: the rarest may never sell)
 * @param baskets one member's shopping on one day; lines are spread over them, a few items each
 * @param from    the first day of the history
 * @param days    how many days it covers
 */
public record HistorySettings(long seed, int lines, int members, int items, int baskets, LocalDate from, int days) {

    /** The scale of issue #25: 500 000 lines, 14 000 members, 12 000 items, 77 000 baskets over 2014 and 2015. */
    public static HistorySettings groceriesAtScale(long seed) {
        return new HistorySettings(seed, 500_000, 14_000, 12_000, 77_000, LocalDate.of(2014, 1, 1), 730);
    }

    /** Baskets keep the default's items per basket (~6.5) when only the number of lines is given. */
    public HistorySettings withLines(int count) {
        int scaledBaskets = (int) Math.max(1, Math.round((double) baskets * count / lines));
        return new HistorySettings(seed, count, members, items, scaledBaskets, from, days);
    }

    public HistorySettings withMembers(int count) {
        return new HistorySettings(seed, lines, count, items, baskets, from, days);
    }

    public HistorySettings withItems(int count) {
        return new HistorySettings(seed, lines, members, count, baskets, from, days);
    }

    public HistorySettings withBaskets(int count) {
        return new HistorySettings(seed, lines, members, items, count, from, days);
    }

    void validate() {
        if (members < 1 || items < 1 || days < 1) {
            throw new IllegalArgumentException("need at least 1 member, 1 item and 1 day");
        }
        if (baskets < members || lines < baskets) {
            throw new IllegalArgumentException("need members <= baskets <= lines (every member shops, every basket"
                    + " holds an item), got " + members + " members, " + baskets + " baskets, " + lines + " lines");
        }
    }
}
