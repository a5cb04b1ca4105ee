package dev.crosswise.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crosswise.graph.EmbeddedNeo4j;
import dev.crosswise.graph.Graph;
import dev.crosswise.graph.GraphSetup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;

/**
 * A purchase history in the groceries layout, imported into a real Neo4j of its own (the co-purchase derivation reads
 * every basket of the graph, so the shared test graph with its demo seed would change the expected lift).
 */
class PurchaseHistoryImportTest {

    static final List<String> CSV = List.of(
            "Member_number,Date,itemDescription,year,month,day,day_of_week",
            "1,2015-01-01,whole milk,2015,1,1,3",
            "1,2015-01-01,rolls/buns,2015,1,1,3",
            "1,2015-01-01,whole milk,2015,1,1,3",
            "1,2015-02-01,whole milk,2015,2,1,6",
            "2,2015-01-01,whole milk,2015,1,1,3",
            "2,2015-01-01,rolls/buns,2015,1,1,3",
            "3,03-01-2015,soda,2015,1,3,5");

    @TempDir
    static Path dataDir;
    static EmbeddedNeo4j neo4j;
    static Driver driver;
    static Graph graph;

    @BeforeAll
    static void startNeo4j() {
        neo4j = EmbeddedNeo4j.start(dataDir, 0, "64m");
        driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        graph = new Graph(driver, QueryConfig.defaultConfig(), null);
        GraphSetup.apply(graph, false);
    }

    @AfterAll
    static void stopNeo4j() {
        driver.close();
        neo4j.close();
    }

    @BeforeEach
    void emptyGraph() {
        graph.write("MATCH (n) DETACH DELETE n", Map.of());
    }

    @Test
    void basketsBecomeOwnershipPurchaseEventsAndCoPurchaseEdgesAndASecondImportChangesNothing() {
        var lines = PurchaseHistoryCsv.parse(CSV, "test.csv");
        var first = PurchaseHistoryImport.run(graph, lines, PurchaseHistoryImport.Options.DEFAULTS, message -> { });

        assertThat(first.customers()).isEqualTo(3);
        assertThat(first.products()).isEqualTo(3);
        assertThat(first.baskets()).isEqualTo(4);
        Map<String, Long> afterFirst = counts();
        assertThat(afterFirst).containsEntry("customers", 3L).containsEntry("products", 3L)
                .containsEntry("owns", 5L).containsEntry("purchases", 6L).containsEntry("boughtWith", 2L);

        Record milk = one("""
                MATCH (:Customer {id: 'M-1'})-[o:OWNS]->(p:Product {sku: 'G-whole-milk'})
                RETURN p.name AS name, o.quantity AS quantity, toString(o.at) AS at, o.orderId AS orderId""");
        assertThat(milk.get("name").asString()).isEqualTo("whole milk");
        assertThat(milk.get("quantity").asLong()).isEqualTo(3);
        assertThat(one("MATCH (e:Event {id: 'purchase:M-1/2015-01-01:G-whole-milk'}) RETURN e.quantity AS q")
                .get("q").asLong()).isEqualTo(2);
        assertThat(one("MATCH (:Customer {id: 'M-3'})-[o:OWNS]->(:Product {sku: 'G-soda'}) RETURN toString(o.at) AS at")
                .get("at").asString()).startsWith("2015-01-03");

        // milk and rolls share 2 of 4 baskets; milk is in 3, rolls in 2: support 2, lift 2 x 4 / (3 x 2),
        // confidence milk -> rolls 2/3
        Record pair = one("""
                MATCH (:Product {sku: 'G-whole-milk'})-[r:BOUGHT_WITH]->(:Product {sku: 'G-rolls-buns'})
                RETURN r.support AS support, r.lift AS lift, r.confidence AS confidence""");
        assertThat(pair.get("support").asLong()).isEqualTo(2);
        assertThat(pair.get("lift").asDouble()).isCloseTo(4.0 / 3.0, within(1e-9));
        assertThat(pair.get("confidence").asDouble()).isCloseTo(2.0 / 3.0, within(1e-9));

        PurchaseHistoryImport.run(graph, lines, PurchaseHistoryImport.Options.DEFAULTS, message -> { });
        assertThat(counts()).isEqualTo(afterFirst);
        assertThat(one("MATCH (:Product {sku: 'G-whole-milk'})-[r:BOUGHT_WITH]->(:Product {sku: 'G-rolls-buns'}) RETURN r.lift AS lift")
                .get("lift").asDouble()).isCloseTo(4.0 / 3.0, within(1e-9));
    }

    @Test
    void ownershipIsWhatLivePurchasesLeaveTheLatestOrderPlusTheFirstPurchaseAndHowManyOrders() {
        PurchaseHistoryImport.run(graph, PurchaseHistoryCsv.parse(CSV, "test.csv"), PurchaseHistoryImport.Options.DEFAULTS,
                message -> { });

        // member 1 bought milk twice on 2015-01-01 (one order) and once on 2015-02-01
        assertThat(ownership("M-1", "G-whole-milk")).containsEntry("at", "2015-02-01T00:00:00Z")
                .containsEntry("orderId", "M-1/2015-02-01").containsEntry("firstAt", "2015-01-01T00:00:00Z")
                .containsEntry("orders", 2L).containsEntry("quantity", 3L).containsEntry("returned", false);
        assertThat(ownership("M-1", "G-rolls-buns")).containsEntry("at", "2015-01-01T00:00:00Z")
                .containsEntry("firstAt", "2015-01-01T00:00:00Z").containsEntry("orders", 1L).containsEntry("quantity", 1L);
    }

    @Test
    void aHistoryOverlappingWhatTheGraphHoldsDuplicatesNothingAndEndsAsIfImportedAtOnce() {
        PurchaseHistoryImport.run(graph, PurchaseHistoryCsv.parse(CSV, "test.csv"), PurchaseHistoryImport.Options.DEFAULTS,
                message -> { });
        Map<String, Long> atOnce = counts();
        Map<String, Object> milkAtOnce = ownership("M-1", "G-whole-milk");
        emptyGraph();

        // the first half of the file (member 1's February milk not yet), then the whole file
        PurchaseHistoryImport.run(graph, PurchaseHistoryCsv.parse(CSV.subList(0, 4), "first-half.csv"),
                PurchaseHistoryImport.Options.DEFAULTS, message -> { });
        assertThat(ownership("M-1", "G-whole-milk")).containsEntry("orders", 1L).containsEntry("quantity", 2L);
        var whole = PurchaseHistoryImport.run(graph, PurchaseHistoryCsv.parse(CSV, "test.csv"),
                PurchaseHistoryImport.Options.DEFAULTS, message -> { });

        assertThat(counts()).isEqualTo(atOnce);
        assertThat(ownership("M-1", "G-whole-milk")).isEqualTo(milkAtOnce);
        assertThat(whole.coPurchases().baskets()).isEqualTo(4);
    }

    @Test
    void aLineThatCannotBeReadIsReportedByItsNumberAndSkipped() {
        List<String> csv = new ArrayList<>(CSV);
        csv.add(2, "1,2015-01-01");
        csv.add(4, "2,not a date,soda,2015,1,1,3");
        var history = PurchaseHistoryCsv.parse(csv, "test.csv");

        assertThat(history.purchases()).hasSize(CSV.size() - 1);
        assertThat(history.skipped()).isEqualTo(2);
        assertThat(history.report()).containsExactly(
                "test.csv:3: expected customer,date,item but got '1,2015-01-01'",
                "test.csv:5: date 'not a date' is neither 2015-07-21 nor 21-07-2015");

        var result = PurchaseHistoryImport.run(graph, history, PurchaseHistoryImport.Options.DEFAULTS, message -> { });
        assertThat(result.skipped()).isEqualTo(2);
        assertThat(result.customers()).isEqualTo(3);
    }

    @Test
    void beyondTheFirstProblemsOnlyTheirNumberIsReported() {
        List<String> csv = new ArrayList<>(CSV);
        for (int i = 0; i < 25; i++) {
            csv.add("broken line " + i);
        }
        var history = PurchaseHistoryCsv.parse(csv, "test.csv");

        assertThat(history.skipped()).isEqualTo(25);
        assertThat(history.report()).hasSize(11).startsWith("test.csv:9: expected customer,date,item but got 'broken line 0'")
                .endsWith("... and 15 more lines skipped");
    }

    @Test
    void itemsBecomeReadableStableSkus() {
        assertThat(PurchaseHistoryImport.slug("rolls/buns")).isEqualTo("rolls-buns");
        assertThat(PurchaseHistoryImport.slug("UHT-milk")).isEqualTo("uht-milk");
        assertThat(PurchaseHistoryImport.slug("Crème fraîche")).isEqualTo("creme-fraiche");
    }

    private static Map<String, Object> ownership(String customer, String sku) {
        return one("""
                MATCH (:Customer {id: $customer})-[o:OWNS]->(:Product {sku: $sku})
                RETURN o {.orderId, .orders, .quantity, .returned, at: toString(o.at), firstAt: toString(o.firstAt)} AS o""",
                Map.of("customer", customer, "sku", sku)).get("o").asMap();
    }

    private Map<String, Long> counts() {
        Record r = one("""
                RETURN COUNT { (:Customer) } AS customers, COUNT { (:Product) } AS products,
                       COUNT { ()-[:OWNS]->() } AS owns, COUNT { (:Event {type: 'PURCHASE'}) } AS purchases,
                       COUNT { ()-[:BOUGHT_WITH]->() } AS boughtWith""");
        return Map.of("customers", r.get("customers").asLong(), "products", r.get("products").asLong(),
                "owns", r.get("owns").asLong(), "purchases", r.get("purchases").asLong(),
                "boughtWith", r.get("boughtWith").asLong());
    }

    private static Record one(String cypher) {
        return one(cypher, Map.of());
    }

    private static Record one(String cypher, Map<String, Object> parameters) {
        return graph.read(cypher, parameters).records().getFirst();
    }
}
