package dev.crosswise.metrics;

import dev.crosswise.api.BadRequestException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** A checked request for a report: a period of at most {@link #MAX_BUCKETS} buckets, each dimension at most once. */
record MetricsRequest(ZonedDateTime from, ZonedDateTime to, List<MetricDimension> groupBy, MetricInterval interval) {

    /** A series longer than this is not a chart any more: an hourly one over three months is a mistake. */
    static final int MAX_BUCKETS = 2_000;

    static MetricsRequest of(OffsetDateTime from, OffsetDateTime to, List<MetricDimension> groupBy,
                             MetricInterval interval) {
        if (from == null || to == null) {
            throw new BadRequestException(from == null ? "from" : "to", "A report needs a period: from and to");
        }
        if (!to.isAfter(from)) {
            throw new BadRequestException("to", "to must be after from: the period is [from, to), got from " + from
                    + " and to " + to);
        }
        List<MetricDimension> dimensions = groupBy == null ? List.of() : List.copyOf(groupBy);
        if (dimensions.stream().distinct().count() < dimensions.size()) {
            throw new BadRequestException("groupBy", "Each dimension may be named once in groupBy, got " + dimensions);
        }
        ZonedDateTime start = from.atZoneSameInstant(ZoneOffset.UTC);
        ZonedDateTime end = to.atZoneSameInstant(ZoneOffset.UTC);
        if (interval != null) {
            long buckets = Duration.between(interval.bucketOf(start), end).dividedBy(interval.length()) + 1;
            if (buckets > MAX_BUCKETS) {
                throw new BadRequestException("interval", "A series of " + buckets + " " + interval + " buckets is too long"
                        + " (at most " + MAX_BUCKETS + "): choose a longer interval or a shorter period");
            }
        }
        return new MetricsRequest(start, end, dimensions, interval);
    }

    /** The same report over a part of the period (for reading it day by day). */
    MetricsRequest over(ZonedDateTime partFrom, ZonedDateTime partTo) {
        return new MetricsRequest(partFrom, partTo, groupBy, interval);
    }

    /** The start of every bucket that overlaps the period, in order. */
    List<ZonedDateTime> buckets() {
        List<ZonedDateTime> buckets = new ArrayList<>();
        for (ZonedDateTime bucket = interval.bucketOf(from); bucket.isBefore(to); bucket = interval.next(bucket)) {
            buckets.add(bucket);
        }
        return buckets;
    }
}
