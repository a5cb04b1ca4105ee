package dev.crosswise.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.bench.generator.GeneratorSettings;
import dev.crosswise.bench.generator.GraphGenerator;
import dev.crosswise.graph.EmbeddedNeo4j;
import dev.crosswise.graph.Graph;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;

/** A tiny generated graph into a real Neo4j of its own: everything generated arrives, and a second import changes nothing. */
class GeneratedGraphImportTest {

    @TempDir
    Path dataDir;

    @Test
    void importsEveryRowOnceAndIsIdempotent() {
        GraphGenerator generator = new GraphGenerator(GeneratorSettings.full(3).withCustomers(120).withProducts(100));
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, 0, "64m");
             var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            Graph graph = new Graph(driver, QueryConfig.defaultConfig(), null);
            var importer = new GeneratedGraphImport(graph, new PrintStream(new ByteArrayOutputStream()));
            assertThat(importer.alreadyImported(generator)).isFalse();

            var counts = importer.importAll(generator);
            Map<String, Long> first = counts(graph);
            assertThat(first).containsEntry("Customer", 120L).containsEntry("Product", 100L)
                    .containsEntry("OWNS", counts.owns).containsEntry("Event", counts.events)
                    .containsEntry("Decision", counts.decisions)
                    .containsEntry("BOUGHT_WITH", counts.boughtWith);
            assertThat(first.get("UPGRADES_TO")).isPositive();
            assertThat(first.get("NEEDS")).isPositive();
            assertThat(first.get("PART_OF")).isPositive();
            assertThat(importer.alreadyImported(generator)).isTrue();

            importer.importAll(generator);
            assertThat(counts(graph)).isEqualTo(first);
        }
    }

    private static Map<String, Long> counts(Graph graph) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String label : List.of("Customer", "Product", "Category", "Family", "Solution", "Event", "Decision")) {
            counts.put(label, graph.read("MATCH (n:" + label + ") RETURN count(n) AS n", Map.of()).records().getFirst().get("n").asLong());
        }
        for (String type : List.of("OWNS", "UPGRADES_TO", "COMPLEMENTS", "BOUGHT_WITH", "NEEDS", "PART_OF", "IN_CATEGORY",
                "DID", "ABOUT", "FOR", "OFFERED")) {
            counts.put(type, graph.read("MATCH ()-[r:" + type + "]->() RETURN count(r) AS n", Map.of()).records().getFirst().get("n").asLong());
        }
        return counts;
    }
}
