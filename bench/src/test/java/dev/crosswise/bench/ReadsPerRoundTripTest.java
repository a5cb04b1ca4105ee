package dev.crosswise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figure the 8-client step prints beside its latencies: how many customer reads shared a round trip. */
class ReadsPerRoundTripTest {

    @Test
    void readsPerRoundTripCountOnlyTheStepMeasured() {
        var before = Map.of("COUNT", 1_000.0, "TOTAL", 1_500.0, "MAX", 4.0);
        var after = Map.of("COUNT", 11_000.0, "TOTAL", 23_500.0, "MAX", 6.0);

        assertThat(Benchmark.readsPerRoundTrip(before, after)).isEqualTo(2.2);
    }

    @Test
    void aServiceWithoutTheMetricGivesNoFigure() {
        assertThat(Benchmark.readsPerRoundTrip(Map.of(), Map.of())).isNaN();
    }
}
