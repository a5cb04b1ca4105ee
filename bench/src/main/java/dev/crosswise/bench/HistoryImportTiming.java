package dev.crosswise.bench;

import dev.crosswise.graph.Graph;
import dev.crosswise.graph.GraphSetup;
import dev.crosswise.importing.PurchaseHistoryCsv;
import dev.crosswise.importing.PurchaseHistoryImport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** {@code import-history} with the seconds of each phase, from reading the file to the last BOUGHT_WITH edge. */
final class HistoryImportTiming {

    private HistoryImportTiming() {
    }

    static PurchaseHistoryImport.Result importHistory(Graph graph, Path csv, PurchaseHistoryImport.Options options,
                                                      PrintStream out) {
        GraphSetup.apply(graph, false);
        long started = System.nanoTime();
        var history = PurchaseHistoryCsv.read(csv, out::println);
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("read", (System.nanoTime() - started) / 1e9);
        long cpuBefore = processCpuNanos();
        var result = PurchaseHistoryImport.run(graph, history, options, out::println, seconds);
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        out.printf("Imported %s in %.1f s: %,d lines (%,d skipped), %,d customers, %,d products, %,d baskets,"
                        + " %,d owns, %,d purchase events; %s%n", csv, result.totalSeconds(), result.lines(),
                result.skipped(), result.customers(), result.products(), result.baskets(), result.owns(),
                result.purchases(), result.coPurchases());
        StringBuilder phases = new StringBuilder("Seconds per phase:");
        result.seconds().forEach((phase, s) -> phases.append(" %s %.1f,".formatted(phase, s)));
        out.println(phases.substring(0, phases.length() - 1));
        // On a machine shared with other work, the CPU the import (and its embedded Neo4j) used is the steadier figure.
        out.printf("Process CPU after reading: %.1f s (%.2f cores on average)%n", cpu,
                cpu / (result.totalSeconds() - seconds.get("read")));
        return result;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** A timing starts from an empty store, or it would time a second import (which writes almost nothing). */
    static void freshDirectory(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty " + dir, e);
        }
    }
}
