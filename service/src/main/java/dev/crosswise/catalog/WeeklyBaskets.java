package dev.crosswise.catalog;

import java.time.Instant;
import java.util.List;

/**
 * Baskets per week — a product's (baskets holding it) or the shop's (all baskets) — from {@code fromWeek} on, a week
 * being seven days counted from the epoch. What lets best sellers be seen as of any decision time.
 */
public record WeeklyBaskets(long fromWeek, long[] counts) {

    public static final long SECONDS_PER_WEEK = 7 * 24 * 3600;

    public static long weekOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), SECONDS_PER_WEEK);
    }

    static WeeklyBaskets of(long fromWeek, List<Long> counts) {
        return new WeeklyBaskets(fromWeek, counts.stream().mapToLong(Long::longValue).toArray());
    }

    /** The week after the last one counted. */
    public long endWeek() {
        return fromWeek + counts.length;
    }

    /** Baskets of the weeks from {@code from} (inclusive) to {@code to} (exclusive). */
    public long between(long from, long to) {
        long sum = 0;
        for (long week = Math.max(from, fromWeek); week < Math.min(to, endWeek()); week++) {
            sum += counts[(int) (week - fromWeek)];
        }
        return sum;
    }
}
