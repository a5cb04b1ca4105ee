package dev.crosswise.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the figures were measured on: they mean little without it. */
public final class Machine {

    private Machine() {
    }

    public static Map<String, Object> describe(String serviceHeap) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("cpu", cpuModel());
        machine.put("memoryGiB", memoryGiB());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("serviceHeap", serviceHeap);
        machine.put("benchClientHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("loadAverageAtStart", loadAverage());
        return machine;
    }

    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** CPU time this process (the load generator, the reload measurement) has used so far, all threads. */
    public static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The machine's CPU time since boot by kind, all cores, from {@code /proc/stat}: what the processes ran (busy),
     * idle, and stolen — time the hypervisor gave this virtual machine's cores to another guest. On a shared host
     * the stolen share swings from nothing to nearly half within minutes, and the same code's throughput with it.
     */
    record CpuTimes(long busy, long idle, long stolen) {

        static final CpuTimes UNKNOWN = new CpuTimes(-1, -1, -1);

        static CpuTimes now() {
            try {
                return parse(Files.readAllLines(Path.of("/proc/stat")).getFirst());
            } catch (IOException | RuntimeException e) {
                return UNKNOWN;
            }
        }

        /** The aggregate line: {@code cpu user nice system idle iowait irq softirq steal guest guest_nice}. */
        static CpuTimes parse(String line) {
            String[] f = line.trim().split("\\s+");
            if (!f[0].equals("cpu") || f.length < 9) {
                return UNKNOWN;
            }
            long[] t = new long[8];
            for (int i = 0; i < t.length; i++) {
                t[i] = Long.parseLong(f[i + 1]);
            }
            return new CpuTimes(t[0] + t[1] + t[2] + t[5] + t[6], t[3] + t[4], t[7]); // guest time is in user already
        }

        /** The share of the machine's time between {@code before} and this reading that was stolen; NaN if unknown. */
        double stolenShareSince(CpuTimes before) {
            return shareSince(before, stolen - before.stolen);
        }

        /**
         * The share of the machine's time between {@code before} and this reading that no process used: under a
         * closed-loop load, what the callers' waiting left on the table (hand-offs between threads, round trips).
         */
        double idleShareSince(CpuTimes before) {
            return shareSince(before, idle - before.idle);
        }

        private double shareSince(CpuTimes before, long ticks) {
            long total = (busy + idle + stolen) - (before.busy + before.idle + before.stolen);
            if (this == UNKNOWN || before == UNKNOWN || total <= 0) {
                return Double.NaN;
            }
            return Math.round((double) ticks / total * 1000) / 1000.0;
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long memoryGiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / (1024 * 1024)).orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
