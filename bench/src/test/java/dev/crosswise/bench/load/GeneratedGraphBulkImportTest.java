package dev.crosswise.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.bench.generator.GeneratorSettings;
import dev.crosswise.bench.generator.GraphGenerator;
import dev.crosswise.graph.EmbeddedNeo4j;
import dev.crosswise.graph.Graph;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;

/** The offline importer's graph is the transactional import's graph: the same nodes, relationships and properties. */
class GeneratedGraphBulkImportTest {

    /** Written at import time (now), so different in any two imports. */
    private static final List<String> TIMES_OF_IMPORT = List.of("derivedAt", "demandDerivedAt", "appliedAt", "loadedAt");

    @TempDir
    Path bulkDir;

    @TempDir
    Path transactionalDir;

    @Test
    void writesTheGraphTheTransactionalImportWrites() {
        GraphGenerator generator = new GraphGenerator(GeneratorSettings.full(3).withCustomers(150).withProducts(100));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());

        assertThat(GeneratedGraphBulkImport.applies(bulkDir)).isTrue();
        var written = GeneratedGraphBulkImport.write(bulkDir, generator, quiet);
        assertThat(written.rows()).containsEntry("Customer", 150L).containsEntry("Product", 100L);
        assertThat(GeneratedGraphBulkImport.applies(bulkDir)).isFalse();
        List<String> bulk;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(bulkDir, 0, "64m");
             var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            Graph graph = new Graph(driver, QueryConfig.defaultConfig(), null);
            GeneratedGraphBulkImport.finish(graph, generator, quiet);
            assertThat(new GeneratedGraphImport(graph, quiet).alreadyImported(generator)).isTrue();
            bulk = contents(graph);
        }
        List<String> transactional;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(transactionalDir, 0, "64m");
             var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            Graph graph = new Graph(driver, QueryConfig.defaultConfig(), null);
            new GeneratedGraphImport(graph, quiet).importAll(generator);
            transactional = contents(graph);
        }

        assertThat(bulk).hasSizeGreaterThan(2_000);
        // the differences alone, either way, so that a failure says what differs
        assertThat(without(bulk, transactional)).as("only in the bulk import").isEmpty();
        assertThat(without(transactional, bulk)).as("only in the transactional import").isEmpty();
        assertThat(bulk).hasSameSizeAs(transactional);
    }

    private static List<String> without(List<String> lines, List<String> others) {
        List<String> left = new ArrayList<>(lines);
        left.removeAll(new java.util.HashSet<>(others));
        return left;
    }

    /** Every node (labels, properties) and relationship (type, ends, properties), one line each, sorted. */
    private static List<String> contents(Graph graph) {
        List<String> lines = new ArrayList<>();
        graph.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p", Map.of()).records().forEach(r ->
                lines.add(r.get("labels").asList() + " " + withoutImportTimes(r.get("p").asMap())));
        graph.read("""
                MATCH (a)-[r]->(b)
                RETURN type(r) AS type, coalesce(a.id, a.sku, a.name) AS a, coalesce(b.id, b.sku, b.name) AS b,
                       properties(r) AS p""", Map.of()).records().forEach(r ->
                lines.add(r.get("type").asString() + " " + r.get("a").asString() + "->" + r.get("b").asString() + " "
                        + withoutImportTimes(r.get("p").asMap())));
        lines.sort(null);
        return lines;
    }

    private static Map<String, Object> withoutImportTimes(Map<String, Object> properties) {
        Map<String, Object> kept = new TreeMap<>(properties);
        TIMES_OF_IMPORT.forEach(kept::remove);
        return new LinkedHashMap<>(kept);
    }
}
