package dev.crosswise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(60, now::get);

    @Test
    void aCallerMayBurstAMinutesWorthThenWaitsForTheRefill() {
        for (int i = 0; i < 60; i++) {
            assertThat(buckets.take("customer C-1")).as("request %d", i).isZero();
        }
        assertThat(buckets.take("customer C-1")).as("seconds to wait").isEqualTo(1);
        assertThat(buckets.take("customer C-2")).as("another caller has its own bucket").isZero();

        now.addAndGet(1_000_000_000L);
        assertThat(buckets.take("customer C-1")).as("one a second at 60 a minute").isZero();
        assertThat(buckets.take("customer C-1")).isEqualTo(1);
    }

    @Test
    void zeroMeansNoLimit() {
        var unlimited = new TokenBuckets(0, now::get);
        for (int i = 0; i < 1000; i++) {
            assertThat(unlimited.take("key 10.0.0.1")).isZero();
        }
    }
}
