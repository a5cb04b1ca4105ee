package dev.crosswise.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswise.graph.EmbeddedNeo4j;
import dev.crosswise.graph.Graph;
import dev.crosswise.graph.GraphSetup;
import dev.crosswise.importing.PurchaseHistoryCsv.PurchaseHistory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;

/**
 * The offline importer's way into an empty store writes the graph the transactional import writes: the same nodes,
 * relationships and properties (but the times of the write), the same schema; and a second import of the file,
 * transactional since the store is no longer empty, changes nothing.
 */
class HistoryBulkImportTest {

    /** Written at import time, different in any two imports. */
    private static final Set<String> TIMES = Set.of("changedAt", "derivedAt", "demandDerivedAt", "appliedAt");

    @TempDir
    Path bulkDir;
    @TempDir
    Path transactionalDir;

    @Test
    void anImportIntoAnEmptyStoreEqualsTheTransactionalImportsGraph() {
        PurchaseHistory history = PurchaseHistoryCsv.parse(history(), "history.csv");
        assertThat(history.skipped()).isEqualTo(1);
        assertThat(HistoryBulkImport.applies(bulkDir)).isTrue();

        List<String> progress = java.util.Collections.synchronizedList(new ArrayList<>());
        var written = HistoryBulkImport.write(bulkDir, history, PurchaseHistoryImport.Options.DEFAULTS, progress::add,
                new LinkedHashMap<>());
        Snapshot bulk = withGraph(bulkDir, (neo4j, graph) -> {
            written.started();
            var result = written.finish(neo4j, graph, progress::add);
            assertThat(result.skipped()).isEqualTo(1);
            assertThat(result.coPurchases().edges()).isPositive();
            Snapshot imported = Snapshot.of(graph);
            // a second import of the same file: the store has data now, the transactional way, nothing changes
            PurchaseHistoryImport.run(graph, history, PurchaseHistoryImport.Options.DEFAULTS, message -> { });
            assertThat(Snapshot.of(graph)).isEqualTo(imported);
            return imported;
        });
        assertThat(progress).anyMatch(line -> line.startsWith("IMPORT DONE"))
                .contains("history.csv:4: expected customer,date,item but got '7,2015-03-01'");
        assertThat(HistoryBulkImport.applies(bulkDir)).isFalse();
        assertThatThrownBy(() -> HistoryBulkImport.write(bulkDir, history, PurchaseHistoryImport.Options.DEFAULTS,
                message -> { }, new LinkedHashMap<>())).isInstanceOf(IllegalStateException.class);

        Snapshot transactional = withGraph(transactionalDir, (neo4j, graph) -> {
            GraphSetup.apply(graph, false);
            PurchaseHistoryImport.run(graph, history, PurchaseHistoryImport.Options.DEFAULTS, message -> { });
            return Snapshot.of(graph);
        });

        assertThat(bulk.counts()).containsEntry("Customer", 12L).containsEntry("BOUGHT_WITH", transactional.counts()
                .get("BOUGHT_WITH")).containsKeys("Product", "Event", "BasketWeeks", "OWNS", "DID", "ABOUT");
        assertThat(bulk.counts()).isEqualTo(transactional.counts());
        assertThat(bulk.schema()).isEqualTo(transactional.schema());
        assertThat(bulk.nodes()).isEqualTo(transactional.nodes());
        assertThat(bulk.relationships()).isEqualTo(transactional.relationships());
        // a sample, spelled out: a product's demand figures and an event as both imports write them
        assertThat(bulk.nodes().get("Product G-whole-milk")).containsKeys("popularity", "recentPopularity",
                "basketsFromWeek", "weeklyBaskets", "demandDerivedAt", "name");
        assertThat(bulk.nodes().get("Product G-brand-x-milk")).containsEntry("name", "brand \"X\" milk");
        assertThat(bulk.nodes().get("Event purchase:M-1/2015-01-01:G-whole-milk")).containsEntry("quantity", 2L)
                .containsEntry("type", "PURCHASE").containsEntry("changedAt", "<time>");
    }

    @Test
    void everySchemaStatementOfTheGraphModelHasItsSchemaApiCall() {
        // else the import falls back to Cypher for the schema: correct, seconds slower on a cold database
        assertThat(SchemaStatements.translate(GraphSetup.schemaStatements())).isPresent()
                .get().asList().hasSize(GraphSetup.schemaStatements().size());
        assertThat(SchemaStatements.translate(List.of("CREATE FULLTEXT INDEX names FOR (p:Product) ON EACH [p.name]")))
                .isEmpty();
    }

    /** A few hundred seeded lines: staples bought again, pairs bought together; one line that cannot be read. */
    private static List<String> history() {
        Random random = new Random(7);
        String[] items = {"whole milk", "rolls/buns", "soda", "yogurt", "other vegetables", "brand \"X\" milk",
                "bottled water", "tropical fruit", "Crème fraîche", "sausage"};
        List<String> lines = new ArrayList<>(List.of("Member_number,Date,itemDescription",
                "1,2015-01-01,whole milk", "1,2015-01-01,whole milk", "7,2015-03-01"));
        LocalDate start = LocalDate.of(2015, 1, 1);
        for (int basket = 0; basket < 120; basket++) {
            int member = 1 + random.nextInt(12);
            LocalDate day = start.plusDays(random.nextInt(200));
            int size = 1 + random.nextInt(4);
            for (int i = 0; i < size; i++) {
                // the first few items far more often: pairs of them recur
                String item = items[Math.min(items.length - 1, (int) (random.nextDouble() * random.nextDouble() * items.length))];
                lines.add(member + "," + (random.nextBoolean() ? day.toString()
                        : "%02d-%02d-%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear())) + "," + item);
            }
        }
        return lines;
    }

    private static <T> T withGraph(Path dataDir, BiFunction<EmbeddedNeo4j, Graph, T> work) {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, 0, "64m");
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            return work.apply(neo4j, new Graph(driver, QueryConfig.defaultConfig(), null));
        } finally {
            neo4j.close();
        }
    }

    /**
     * A whole small graph: every node by its labels and key, every relationship by its ends and type, with all their
     * properties (times of the write as {@code <time>}), the count of each label and type, the schema's names.
     */
    record Snapshot(Map<String, Long> counts, Map<String, Map<String, Object>> nodes,
                    Map<String, Map<String, Object>> relationships, List<String> schema) {

        static Snapshot of(Graph graph) {
            Map<String, Long> counts = new TreeMap<>();
            Map<String, Map<String, Object>> nodes = new TreeMap<>();
            for (Record r : graph.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties", Map.of()).records()) {
                String labels = String.join(":", r.get("labels").asList(v -> v.asString()));
                counts.merge(labels, 1L, Long::sum);
                Map<String, Object> properties = properties(r.get("properties").asMap(v -> v.asObject()));
                Object key = properties.getOrDefault("id", properties.getOrDefault("sku", properties.get("name")));
                assertThat(nodes.put(labels + " " + key, properties)).as("one node per key").isNull();
            }
            Map<String, Map<String, Object>> relationships = new TreeMap<>();
            for (Record r : graph.read("""
                    MATCH (a)-[r]->(b)
                    RETURN type(r) AS type, coalesce(a.id, a.sku, a.name) AS from, coalesce(b.id, b.sku, b.name) AS to,
                           properties(r) AS properties""", Map.of()).records()) {
                counts.merge(r.get("type").asString(), 1L, Long::sum);
                String key = r.get("from").asString() + " -" + r.get("type").asString() + "-> " + r.get("to").asString();
                assertThat(relationships.put(key, properties(r.get("properties").asMap(v -> v.asObject()))))
                        .as("one relationship per pair and type").isNull();
            }
            List<String> schema = graph.read("SHOW INDEXES YIELD name, type, state RETURN name, type, state ORDER BY name",
                    Map.of()).records().stream().map(r -> r.get("name").asString() + " " + r.get("type").asString()
                    + " " + r.get("state").asString()).toList();
            return new Snapshot(counts, nodes, relationships, schema);
        }

        private static Map<String, Object> properties(Map<String, Object> properties) {
            Map<String, Object> kept = new HashMap<>(properties);
            TIMES.forEach(time -> kept.computeIfPresent(time, (k, v) -> "<time>"));
            return new TreeMap<>(kept);
        }
    }
}
