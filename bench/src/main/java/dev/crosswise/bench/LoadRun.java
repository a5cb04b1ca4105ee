package dev.crosswise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code clients} threads each call, wait for the answer, call again. Calls during the warm-up are
 * made but not recorded; latencies after it go into HdrHistograms (microseconds, 3 significant digits). Closed loop
 * means a slow answer delays the next call, so the percentiles are those of the calls made (no coordinated-omission
 * correction); throughput is what {@code clients} callers get.
 */
public final class LoadRun {

    /** One call; returns false (or throws) when the answer is a failure. */
    @FunctionalInterface
    public interface Call {
        boolean call(long sequence) throws Exception;
    }

    /**
     * @param callsIncludingWarmup every call made, to divide the service's CPU time by
     * @param serviceCpuMsPerCall  CPU time the service process spent per call (warm-up included): unlike latency, it
     *                             hardly depends on what else runs on the machine; NaN when not measured
     * @param clientCpuMsPerCall   CPU time the load generator (this process: client threads, HTTP client or driver)
     *                             spent per call, warm-up included: on a shared machine it is taken from the service
     * @param stolenShare          the share of the machine's CPU time the hypervisor gave to other guests while the
     *                             load ran, warm-up included ({@link Machine.CpuTimes}): the state of the machine the
     *                             figures were taken in
     * @param idleShare            the share of the machine's CPU time no process used meanwhile, warm-up included:
     *                             what the callers' waiting left unused
     */
    public record Figures(String name, int clients, double seconds, long calls, long failures, double p50Ms, double p95Ms,
                   double p99Ms, double p999Ms, double maxMs, double meanMs, double perSecond, long callsIncludingWarmup,
                   double serviceCpuMsPerCall, double clientCpuMsPerCall, double stolenShare,
                   double idleShare) {

        static Figures of(String name, int clients, double seconds, long failures, Histogram h, long allCalls,
                          Machine.CpuTimes machineBefore, Machine.CpuTimes machineAfter) {
            return new Figures(name, clients, seconds, h.getTotalCount(), failures, ms(h.getValueAtPercentile(50)),
                    ms(h.getValueAtPercentile(95)), ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)),
                    ms(h.getMaxValue()), Math.round(h.getMean() / 10.0) / 100.0,
                    Math.round(h.getTotalCount() / seconds * 10) / 10.0, allCalls, Double.NaN, Double.NaN,
                    machineAfter.stolenShareSince(machineBefore), machineAfter.idleShareSince(machineBefore));
        }

        public Figures withCpu(double serviceCpuMillis, double clientCpuMillis) {
            return new Figures(name, clients, seconds, calls, failures, p50Ms, p95Ms, p99Ms, p999Ms, maxMs, meanMs,
                    perSecond, callsIncludingWarmup, perCall(serviceCpuMillis), perCall(clientCpuMillis), stolenShare,
                    idleShare);
        }

        private double perCall(double cpuMillis) {
            return Math.round(cpuMillis / callsIncludingWarmup * 1000) / 1000.0;
        }

        private static double ms(long micros) {
            return Math.round(micros / 10.0) / 100.0;
        }

        public String line() {
            String cpu = Double.isNaN(serviceCpuMsPerCall) ? "" : "  CPU per call: service %.2f ms, load generator %.2f ms"
                    .formatted(serviceCpuMsPerCall, clientCpuMsPerCall);
            String stolen = Double.isNaN(stolenShare) ? "" : (cpu.isEmpty() ? "  " : ", ") + "stolen %.0f %%, idle %.0f %%"
                    .formatted(stolenShare * 100, idleShare * 100);
            return "%-40s %,8d calls %6.0f/s  p50 %7.2f  p95 %7.2f  p99 %7.2f  max %8.2f ms  failures %d%s"
                    .formatted(name, calls, perSecond, p50Ms, p95Ms, p99Ms, maxMs, failures, cpu + stolen);
        }
    }

    private LoadRun() {
    }

    public static Figures run(String name, int clients, double warmupSeconds, double seconds, Call call) {
        AtomicLong sequence = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        Machine.CpuTimes machineBefore = Machine.CpuTimes.now();
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        List<Histogram> histograms = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Histogram histogram = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
            histograms.add(histogram);
            threads.add(Thread.ofPlatform().name(name + "-" + c).start(() -> {
                while (true) {
                    long before = System.nanoTime();
                    if (before >= end) {
                        return;
                    }
                    boolean ok;
                    try {
                        ok = call.call(sequence.getAndIncrement());
                    } catch (Exception e) {
                        ok = false;
                    }
                    long after = System.nanoTime();
                    if (before >= measureFrom) {
                        histogram.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(after - before), TimeUnit.SECONDS.toMicros(60)));
                        if (!ok) {
                            failures.incrementAndGet();
                        }
                    }
                }
            }));
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Histogram total = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        histograms.forEach(total::add);
        return Figures.of(name, clients, seconds, failures.get(), total, sequence.get(), machineBefore,
                Machine.CpuTimes.now());
    }
}
