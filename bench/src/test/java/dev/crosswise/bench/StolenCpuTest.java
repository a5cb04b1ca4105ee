package dev.crosswise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The state of the machine each step prints: the share of its CPU time the hypervisor gave to other guests, and the
 * share no process used.
 */
class StolenCpuTest {

    @Test
    void theStolenAndIdleSharesAreTheirTicksOverAllTicksBetweenTwoReadings() {
        // cpu user nice system idle iowait irq softirq steal guest guest_nice
        var before = Machine.CpuTimes.parse("cpu  1000 0 200 5000 100 10 20 300 50 0");
        var after = Machine.CpuTimes.parse("cpu  1600 0 300 5100 100 20 30 700 90 0");

        // busy 600 + 100 + 10 + 10 = 720, idle 100, stolen 400 (guest time is in user already)
        assertThat(after.stolenShareSince(before)).isEqualTo(0.328);
        assertThat(after.idleShareSince(before)).isEqualTo(0.082);
    }

    @Test
    void aMachineThatDoesNotSayGivesNoFigure() {
        var unreadable = Machine.CpuTimes.parse("intr 12345");

        assertThat(Machine.CpuTimes.now().stolenShareSince(unreadable)).isNaN();
        assertThat(unreadable.stolenShareSince(Machine.CpuTimes.now())).isNaN();
        assertThat(unreadable.idleShareSince(Machine.CpuTimes.now())).isNaN();
    }
}
