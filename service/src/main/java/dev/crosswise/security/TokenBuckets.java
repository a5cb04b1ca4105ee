package dev.crosswise.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per caller, in memory (so per instance: N instances behind a load balancer allow up to N times the
 * rate). Each bucket holds up to a minute's requests and refills continuously at {@code perMinute} a minute, so a
 * page may burst and a script is held to the rate. Full buckets are forgotten when there are many, so memory stays
 * bounded by the callers of the last minute or so.
 */
final class TokenBuckets {

    /** Beyond this many callers, full buckets (idle for a minute) are dropped. */
    private static final int SWEEP_ABOVE = 50_000;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /** Takes one request for {@code caller}: 0 when allowed, else the seconds to wait before the next is allowed. */
    long take(String caller) {
        if (perMinute <= 0) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        return buckets.computeIfAbsent(caller, c -> new Bucket(now)).take(now);
    }

    private final class Bucket {
        private double tokens = perMinute;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double nanosPerToken = (double) NANOS_PER_MINUTE / perMinute;
            return Math.max(1, (long) Math.ceil((1 - tokens) * nanosPerToken / 1e9));
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= perMinute;
        }

        private void refill(long now) {
            tokens = Math.min(perMinute, tokens + (now - updated) * (double) perMinute / NANOS_PER_MINUTE);
            updated = now;
        }
    }
}
