package dev.crosswise.metrics;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** The buckets of a report's series, in UTC; weeks start on Monday (ISO), as Cypher's {@code datetime.truncate}. */
public enum MetricInterval {
    HOUR("hour"), DAY("day"), WEEK("week");

    private final String cypherUnit;

    MetricInterval(String cypherUnit) {
        this.cypherUnit = cypherUnit;
    }

    String cypherUnit() {
        return cypherUnit;
    }

    ZonedDateTime bucketOf(ZonedDateTime at) {
        ZonedDateTime utc = at.withZoneSameInstant(ZoneOffset.UTC);
        return switch (this) {
            case HOUR -> utc.truncatedTo(ChronoUnit.HOURS);
            case DAY -> utc.truncatedTo(ChronoUnit.DAYS);
            case WEEK -> utc.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
    }

    ZonedDateTime next(ZonedDateTime bucket) {
        return switch (this) {
            case HOUR -> bucket.plusHours(1);
            case DAY -> bucket.plusDays(1);
            case WEEK -> bucket.plusWeeks(1);
        };
    }

    Duration length() {
        return switch (this) {
            case HOUR -> Duration.ofHours(1);
            case DAY -> Duration.ofDays(1);
            case WEEK -> Duration.ofDays(7);
        };
    }
}
