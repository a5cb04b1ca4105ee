package dev.crosswise.metrics;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A report's rows of whole UTC days, kept for the next report asking the same grouping and interval: a 30-day report
 * then reads only the days that changed since, and the part-days at its ends. A day is stale as soon as a decision or
 * an event of it changed in a way metrics count — every such write sets its {@code changedAt}, and each report first
 * asks the graph which days changed since the last time it asked — so a kept day is never served after a write
 * through the service made it stale, on this instance or another one of the same graph.
 */
@Component
class MetricsDayCache {

    /**
     * A write's {@code changedAt} is the graph's time when its transaction ran, which may commit later: changes are
     * asked for again back to this long before the last check, longer than any transaction runs.
     */
    static final Duration IN_FLIGHT = Duration.ofMinutes(10);
    /** Days kept at most (every grouping and interval counts apart): a few months of a few kinds of report. */
    static final int MAX_DAYS = 5_000;

    record Key(List<MetricDimension> groupBy, MetricInterval interval, LocalDate day) {
    }

    private record Kept(MetricsReads reads, long keptAtNanos) {
    }

    private final MetricsQueries queries;
    private final long ttlNanos;
    private final Map<Key, Kept> days = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > MAX_DAYS;
        }
    };
    /** The graph's time from which changes have not been applied to the kept days yet; null before the first report. */
    private ZonedDateTime checkedSince;

    MetricsDayCache(MetricsQueries queries, MetricsProperties properties) {
        this.queries = queries;
        this.ttlNanos = properties.dayCacheTtl().toNanos();
    }

    boolean enabled() {
        return ttlNanos > 0;
    }

    /** Forgets the kept days that changed since the last check. Called at the start of every report. */
    void forgetChangedDays() {
        if (!enabled()) {
            return;
        }
        ZonedDateTime since;
        synchronized (this) {
            since = checkedSince;
        }
        MetricsQueries.Changes changes = queries.changedSince(since);
        synchronized (this) {
            if (since == null) {
                days.clear(); // nothing was checked before: keep nothing read before this point
            } else {
                days.keySet().removeIf(key -> changes.days().contains(key.day()));
            }
            ZonedDateTime next = changes.now().minus(IN_FLIGHT);
            if (checkedSince == null || next.isAfter(checkedSince)) {
                checkedSince = next;
            }
        }
    }

    synchronized Optional<MetricsReads> day(Key key) {
        Kept kept = days.get(key);
        if (kept == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - kept.keptAtNanos() > ttlNanos) {
            days.remove(key);
            return Optional.empty();
        }
        return Optional.of(kept.reads());
    }

    synchronized void keep(Key key, MetricsReads reads) {
        if (enabled()) {
            days.put(key, new Kept(reads, System.nanoTime()));
        }
    }
}
