package dev.crosswise.bench.scale;

import dev.crosswise.bench.GraphTarget;
import dev.crosswise.bench.ResultsFile;
import dev.crosswise.bench.generator.GeneratorSettings;
import dev.crosswise.bench.generator.GraphGenerator;
import dev.crosswise.bench.load.GeneratedGraphBulkImport;
import dev.crosswise.bench.load.GeneratedGraphImport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One size's graph in its data directory: a directory that holds no database gets it through Neo4j's offline importer
 * ({@link GeneratedGraphBulkImport}: minutes at 10x, where transactions would take hours); one that holds this graph
 * already is reused; one that holds anything else is an error (delete it, and the next run imports afresh).
 *
 * @param counts  nodes and relationships per label and type, as counted in the store
 * @param mode    {@code bulk} or {@code reused}
 * @param seconds the import's wall time: CSV, offline import, start, schema, indexes, demand — when reused, that of
 *                the run that imported it (read from {@value #RECORD} in the directory), NaN if unknown
 */
record SizeImport(Map<String, Long> counts, String mode, double seconds) {

    /** Written into the data directory after an import: how long it took, for the runs that reuse it. */
    static final String RECORD = "bench-import.json";

    static SizeImport ensure(ScaleSettings settings, int factor, PrintStream out) throws IOException {
        GeneratorSettings graph = settings.graphAt(factor);
        Path dataDir = settings.dataDirAt(factor);
        GraphGenerator generator = new GraphGenerator(graph);
        Files.createDirectories(dataDir);
        if (GeneratedGraphBulkImport.applies(dataDir)) {
            long started = System.nanoTime();
            out.println("Import: generating CSV files and running Neo4j's offline importer into " + dataDir);
            var written = GeneratedGraphBulkImport.write(dataDir, generator, out);
            double storeSeconds = (System.nanoTime() - started) / 1e9;
            // the bench's own database on the new store, for the schema and what is derived from the orders
            String pageCache = settings.pageCacheFor(bytesUnder(storeOf(dataDir)));
            try (GraphTarget target = GraphTarget.open(null, dataDir, pageCache)) {
                GeneratedGraphBulkImport.finish(target.graph(), generator, out);
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf("Import of %d×: %.1f s in all: CSV %.1f s, offline import %.1f s, start, schema, indexes and"
                                + " demand %.1f s; rows %s%n", factor, seconds, written.seconds().get("generateCsv"),
                        written.seconds().get("bulkImport"), seconds - storeSeconds, written.rows());
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("graph", graph.key());
                record.put("seconds", seconds);
                record.put("phases", Map.of("generateCsv", written.seconds().get("generateCsv"),
                        "bulkImport", written.seconds().get("bulkImport"), "startSchemaDemand", seconds - storeSeconds));
                record.put("rows", written.rows());
                ResultsFile.write(dataDir.resolve(RECORD), record);
                return new SizeImport(counts(target), "bulk", seconds);
            }
        }
        try (GraphTarget target = GraphTarget.open(null, dataDir, "1g")) {
            if (!new GeneratedGraphImport(target.graph(), out).alreadyImported(generator)) {
                throw new IllegalStateException(dataDir + " holds a database, but not " + graph.key()
                        + " (an import stopped half-way?): delete the directory and run again");
            }
            double seconds = importedSeconds(dataDir.resolve(RECORD));
            out.printf("Import: reusing %s (imported in %.1f s)%n", dataDir, seconds);
            return new SizeImport(counts(target), "reused", seconds);
        }
    }

    private static double importedSeconds(Path record) {
        if (!Files.isRegularFile(record)) {
            return Double.NaN; // imported by another command, or before the record existed
        }
        return ResultsFile.read(record).path("seconds").asDouble(Double.NaN);
    }

    /** The store proper: the default database's files. */
    static Path storeOf(Path dataDir) {
        return dataDir.resolve("data").resolve("databases").resolve("neo4j");
    }

    private static Map<String, Long> counts(GraphTarget target) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String label : List.of("Customer", "Product", "Event", "Decision")) {
            counts.put(label, target.graph().read("MATCH (n:" + label + ") RETURN count(n) AS n", Map.of())
                    .records().getFirst().get("n").asLong());
        }
        for (String type : List.of("OWNS", "BOUGHT_WITH", "DID", "OFFERED")) {
            counts.put(type, target.graph().read("MATCH ()-[r:" + type + "]->() RETURN count(r) AS n", Map.of())
                    .records().getFirst().get("n").asLong());
        }
        return counts;
    }

    static long bytesUnder(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException gone) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
