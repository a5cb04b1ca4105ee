package dev.crosswise.bench;

import dev.crosswise.rules.CompilerWarmUp;
import dev.crosswise.rules.RuleCompiler;
import dev.crosswise.rules.RuleSet;
import dev.crosswise.rules.RuleWarmUp;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Times the benchmark's reload step in one JVM, without the service ({@code bench} command {@code reload-compile}):
 * the repository's rules serve, then the benchmark's lever rules ({@link RuleReload#levers}) are added and
 * compiled, again and again, so the later rounds run on a warm JIT. Busy threads spin beside the compile, as the
 * requests of a loaded service do; the CPU figure is the process's CPU time during the round without theirs
 * (compile threads, garbage collector, JIT compiler), also shown by kind of thread; "other processes" is the rest of
 * the machine's CPU time meanwhile, to tell a disturbed round. Before the first round the service's compiler warm-up
 * runs, as in a service that has been up a while ({@link CompilerWarmUp}); {@code -Dcrosswise.rules.compiler-warm-up=false}
 * leaves it out, {@code -Dwarm.rules=N} has it warm up until the JVM has compiled N rules.
 */
public final class ReloadMeasurement {

    private ReloadMeasurement() {
    }

    public static void run(Path rulesDir, int rules, int categories, int rounds, int busyThreads) throws InterruptedException {
        Map<String, String> repository = RuleCompiler.readDirectory(rulesDir);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> busy = new ArrayList<>();
        for (int i = 0; i < busyThreads; i++) {
            busy.add(Thread.ofPlatform().daemon().name("busy-" + i).start(() -> spin(running)));
        }

        RuleCompiler compiler = new RuleCompiler();
        RuleSet serving = compiler.recompile(repository);
        RuleWarmUp.warm(serving);
        System.out.printf("busy threads %d, cores %d%n", busyThreads, Runtime.getRuntime().availableProcessors());
        // As the service does once it is up (unless CROSSWISE_RULES_COMPILER_WARM_UP=false); its first reload comes
        // later, when the JIT has compiled what the warm-up made hot.
        if (Boolean.parseBoolean(System.getProperty("crosswise.rules.compiler-warm-up", "true"))) {
            long before = Machine.ownCpuNanos() - cpuNanos(busy);
            CompilerWarmUp.Summary warmUp = CompilerWarmUp.warm(repository, Long.getLong("warm.rules", CompilerWarmUp.RULES));
            Thread.sleep(2_000);
            System.out.printf("compiler warm-up: %d rules in %d compiles, %d ms, CPU %d ms with the JIT's 2 s after%n",
                    warmUp.rules(), warmUp.compiles(), warmUp.millis(), (Machine.ownCpuNanos() - cpuNanos(busy) - before) / 1_000_000);
        } else {
            System.out.println("compiler warm-up: off");
        }
        for (int round = 1; round <= rounds; round++) {
            // back to the repository's rules (all reused), then the levers: the reload compiles one new folder
            serving = compiler.recompile(repository);
            RuleWarmUp.warm(serving);
            Map<String, String> withLevers = new TreeMap<>(repository);
            withLevers.put("bench/levers.drl", RuleReload.levers(rules, categories, round));
            LocalTime roundStart = LocalTime.now();
            Map<String, Long> threadsBefore = cpuByThreadKind();
            long busyBefore = cpuNanos(busy);
            long processBefore = Machine.ownCpuNanos();
            long machineBefore = machineBusyMillis();
            long started = System.nanoTime();
            RuleSet next = compiler.recompile(withLevers);
            long compiled = System.nanoTime();
            RuleWarmUp.warm(next);
            long warmed = System.nanoTime();
            long process = (Machine.ownCpuNanos() - processBefore) / 1_000_000;
            long cpu = process - (cpuNanos(busy) - busyBefore) / 1_000_000;
            long others = machineBusyMillis() - machineBefore - process;
            Map<String, Long> threadsAfter = cpuByThreadKind();
            RuleCompiler.Report report = compiler.lastReport();
            System.out.printf("round %d (%s): %d rules; compile %d ms, build %d ms, warm-up %d ms, total %d ms, CPU %d ms, other processes %d ms (compiled %s)%n",
                    round, roundStart, next.ruleNames().size(), report.compileMillis(), report.buildMillis(),
                    (warmed - compiled) / 1_000_000, (warmed - started) / 1_000_000, cpu, Math.max(0, others),
                    report.compiledFolders());
            StringBuilder byKind = new StringBuilder("    CPU by thread:");
            threadsAfter.forEach((kind, millis) -> {
                long used = millis - threadsBefore.getOrDefault(kind, 0L);
                if (used > 0 && !kind.equals("busy")) {
                    byKind.append(' ').append(kind).append(' ').append(used).append(" ms");
                }
            });
            System.out.println(byKind);
            RuleWarmUp.warm(serving);
            serving = next;
        }
        running.set(false);
        for (Thread thread : busy) {
            thread.join();
        }
    }

    /** CPU time the given threads used so far. */
    private static long cpuNanos(List<Thread> threads) {
        return threads.stream().mapToLong(t -> ManagementFactory.getThreadMXBean().getThreadCpuTime(t.threadId())).sum();
    }

    /** CPU time of this process's threads so far, by kind (JIT compiler, garbage collector, rule compiler, main), from /proc. */
    private static Map<String, Long> cpuByThreadKind() {
        Map<String, Long> byKind = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long millis = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // utime + stime, USER_HZ 100
                    byKind.merge(kindOf(name), millis, Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            return byKind;
        }
        return byKind;
    }

    private static String kindOf(String threadName) {
        if (threadName.startsWith("C1 ") || threadName.startsWith("C2 ")) {
            return "jit";
        }
        if (threadName.startsWith("G1 ") || threadName.startsWith("GC ") || threadName.contains("Conc")) {
            return "gc";
        }
        if (threadName.startsWith("rules-compile") || threadName.startsWith("ForkJoinPool")) {
            return "compile";
        }
        if (threadName.startsWith("busy-")) {
            return "busy";
        }
        return threadName.equals("java") || threadName.equals("main") ? "main" : "other";
    }

    /** CPU time all processes of the machine used so far (Linux; 0 elsewhere), to tell a round disturbed by others. */
    private static long machineBusyMillis() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                busy += i == 4 || i == 5 ? 0 : Long.parseLong(fields[i]);
            }
            return busy * 10; // USER_HZ is 100
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static void spin(AtomicBoolean running) {
        long x = 1;
        while (running.get()) {
            for (int i = 0; i < 100_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
        }
        if (x == 42) {
            System.out.println(x);
        }
    }
}
