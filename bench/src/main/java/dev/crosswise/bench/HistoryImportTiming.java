package dev.crosswise.bench;

import dev.crosswise.graph.Graph;
import dev.crosswise.graph.GraphSetup;
import dev.crosswise.importing.HistoryBulkImport;
import dev.crosswise.importing.OfflineImport;
import dev.crosswise.importing.PurchaseHistoryCsv;
import dev.crosswise.importing.PurchaseHistoryImport;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code import-history} with the seconds of each phase, from reading the file to the last BOUGHT_WITH edge (or index). */
public final class HistoryImportTiming {

    private HistoryImportTiming() {
    }

    /**
     * Into an embedded store that holds no database yet (and unless {@code transactional}), through Neo4j's offline
     * importer ({@link HistoryBulkImport}) before the database starts; otherwise — a Bolt {@code uri}, a store with
     * data — transactionally ({@link PurchaseHistoryImport}).
     */
    public static PurchaseHistoryImport.Result importHistory(String uri, Path dataDir, String pageCache, Path csv,
                                                      PurchaseHistoryImport.Options options, boolean transactional,
                                                      PrintStream out) {
        if ((uri == null || uri.isBlank()) && !transactional && !HistoryBulkImport.importerCanRun()) {
            out.println("Neo4j's offline importer needs --add-opens=java.base/java.nio=ALL-UNNAMED: importing transactionally");
        }
        if ((uri != null && !uri.isBlank()) || transactional || !HistoryBulkImport.applies(dataDir)) {
            try (GraphTarget target = GraphTarget.open(uri, dataDir, pageCache)) {
                return importHistory(target.graph(), csv, options, out);
            }
        }
        out.println("Importing into " + dataDir + ", which holds no database yet: Neo4j's offline importer, then the schema");
        long started = System.nanoTime();
        var history = PurchaseHistoryCsv.read(csv, out::println);
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("read", (System.nanoTime() - started) / 1e9);
        long cpuBefore = processCpuNanos();
        var written = HistoryBulkImport.write(dataDir, history, options, out::println, seconds);
        try (GraphTarget target = GraphTarget.open(null, dataDir, pageCache)) {
            written.started();
            var result = written.finish(target.embedded(), target.graph(), out::println);
            report(csv, result, seconds.get("read"), (processCpuNanos() - cpuBefore) / 1e9, out);
            return result;
        }
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
        report(csv, result, seconds.get("read"), (processCpuNanos() - cpuBefore) / 1e9, out);
        return result;
    }

    private static void report(Path csv, PurchaseHistoryImport.Result result, double read, double cpu, PrintStream out) {
        out.printf("Imported %s in %.1f s: %,d lines (%,d skipped), %,d customers, %,d products, %,d baskets,"
                        + " %,d owns, %,d purchase events; %s%n", csv, result.totalSeconds(), result.lines(),
                result.skipped(), result.customers(), result.products(), result.baskets(), result.owns(),
                result.purchases(), result.coPurchases());
        StringBuilder phases = new StringBuilder("Seconds per phase:");
        result.seconds().forEach((phase, s) -> phases.append(" %s %.1f,".formatted(phase, s)));
        out.println(phases.substring(0, phases.length() - 1));
        // On a machine shared with other work, the CPU the import (and its embedded Neo4j) used is the steadier figure.
        out.printf("Process CPU after reading: %.1f s (%.2f cores on average)%n", cpu,
                cpu / (result.totalSeconds() - read));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** A timing starts from an empty store, or it would time a second import (which writes almost nothing). */
    public static void freshDirectory(Path dir) {
        OfflineImport.deleteTree(dir);
    }
}
