package dev.crosswise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.bench.history.HistoryGenerator;
import dev.crosswise.bench.history.HistorySettings;
import dev.crosswise.importing.PurchaseHistoryImport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-history} into a directory without a database goes through Neo4j's offline importer; into the same
 * directory again, the transactional way, and the graph stays as it was.
 */
class HistoryImportTimingTest {

    @TempDir
    Path dir;

    @Test
    void aNewDirectoryIsImportedOfflineAndTheSameFileAgainTransactionallyChangesNothing() {
        Path csv = dir.resolve("history.csv");
        new HistoryGenerator(HistorySettings.groceriesAtScale(42).withLines(3_000).withMembers(80).withItems(60)
                .withBaskets(500)).write(csv);
        Path dataDir = dir.resolve("neo4j");

        String first = importHistory(csv, dataDir);
        assertThat(first).contains("Neo4j's offline importer", "IMPORT DONE", "Seconds per phase: read");
        Map<String, Object> afterFirst = counts(dataDir);
        assertThat((long) afterFirst.get("events")).isPositive();
        assertThat((long) afterFirst.get("boughtWith")).isPositive();

        String second = importHistory(csv, dataDir);
        assertThat(second).doesNotContain("offline importer").contains("Seconds per phase: read", "purchases");
        assertThat(counts(dataDir)).isEqualTo(afterFirst);
    }

    private static String importHistory(Path csv, Path dataDir) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            HistoryImportTiming.importHistory(null, dataDir, "64m", csv, PurchaseHistoryImport.Options.DEFAULTS, false,
                    out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> counts(Path dataDir) {
        try (GraphTarget target = GraphTarget.open(null, dataDir, "64m")) {
            return target.graph().read("""
                    RETURN COUNT { (:Customer) } AS customers, COUNT { (:Product) } AS products,
                           COUNT { (:Event) } AS events, COUNT { ()-[:OWNS]->() } AS owns,
                           COUNT { ()-[:DID]->() } AS did, COUNT { ()-[:ABOUT]->() } AS about,
                           COUNT { ()-[:BOUGHT_WITH]->() } AS boughtWith, COUNT { (:BasketWeeks) } AS weeks,
                           COUNT { (:Migration) } AS migrations""", Map.of()).records().getFirst().asMap();
        }
    }
}
