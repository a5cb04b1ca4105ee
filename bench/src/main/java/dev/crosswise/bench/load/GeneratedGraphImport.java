package dev.crosswise.bench.load;

import dev.crosswise.bench.generator.CatalogRows;
import dev.crosswise.bench.generator.CustomerRows;
import dev.crosswise.bench.generator.GraphGenerator;
import dev.crosswise.demand.ProductDemand;
import dev.crosswise.graph.Graph;
import dev.crosswise.graph.GraphSetup;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a generated graph through the driver in batches of {@code UNWIND $rows}. Every statement MERGEs on the
 * unique keys of the schema and SETs the generated values, so importing the same graph twice changes nothing.
 * A {@code :SeedFile} node named after the generator settings marks a complete import.
 */
public final class GeneratedGraphImport {

    static final String CATEGORIES = """
            UNWIND $rows AS row
            MERGE (c:Category {id: row.id}) SET c.name = row.name
            WITH c, row WHERE row.parent IS NOT NULL
            MERGE (parent:Category {id: row.parent})
            MERGE (c)-[:PARENT]->(parent)""";
    static final String FAMILIES = "UNWIND $rows AS row MERGE (f:Family {id: row.id}) SET f.name = row.name";
    static final String PRODUCTS = """
            UNWIND $rows AS row
            MERGE (p:Product {sku: row.sku}) SET p += row.props
            WITH p, row
            MATCH (c:Category {id: row.category})
            MERGE (p)-[:IN_CATEGORY]->(c)
            WITH p, row WHERE row.family IS NOT NULL
            MATCH (f:Family {id: row.family})
            MERGE (p)-[:PART_OF]->(f)""";
    static final String SOLUTIONS = """
            UNWIND $rows AS row
            MERGE (s:Solution {id: row.id}) SET s.name = row.name
            WITH s, row
            UNWIND row.needs AS need
            MATCH (p:Product {sku: need.sku})
            MERGE (s)-[n:NEEDS]->(p) SET n.role = need.role, n.optional = need.optional""";
    static final String UPGRADES = """
            UNWIND $rows AS row
            MATCH (a:Product {sku: row.from}), (b:Product {sku: row.to})
            MERGE (a)-[:UPGRADES_TO]->(b)""";
    static final String COMPLEMENTS = """
            UNWIND $rows AS row
            MATCH (a:Product {sku: row.from}), (b:Product {sku: row.to})
            MERGE (a)-[r:COMPLEMENTS]->(b) SET r.strength = row.strength""";
    static final String BOUGHT_WITH = """
            UNWIND $rows AS row
            MATCH (a:Product {sku: row.from}), (b:Product {sku: row.to})
            MERGE (a)-[r:BOUGHT_WITH]->(b) SET r.support = row.support, r.lift = row.lift""";
    static final String CUSTOMERS = "UNWIND $rows AS row MERGE (c:Customer {id: row.id}) SET c += row.props";
    static final String OWNS = """
            UNWIND $rows AS row
            MATCH (c:Customer {id: row.customer}), (p:Product {sku: row.sku})
            MERGE (c)-[o:OWNS]->(p) SET o += row.props""";
    static final String EVENTS = """
            UNWIND $rows AS row
            MATCH (c:Customer {id: row.customer})
            MERGE (e:Event {id: row.id}) SET e += row.props
            MERGE (c)-[:DID]->(e)
            WITH e, row WHERE row.sku IS NOT NULL
            MATCH (p:Product {sku: row.sku})
            MERGE (e)-[:ABOUT]->(p)""";
    static final String DECISIONS = """
            UNWIND $rows AS row
            MATCH (c:Customer {id: row.customer})
            MERGE (d:Decision {id: row.id}) SET d += row.props
            MERGE (d)-[:FOR]->(c)
            WITH d, row
            UNWIND row.offered AS offer
            MATCH (p:Product {sku: offer.sku})
            MERGE (d)-[x:OFFERED]->(p) SET x += offer.props, x.category = [(p)-[:IN_CATEGORY]->(c) | c.id][0]""";

    /** Rows per transaction: large enough to amortise the round trip, small enough to keep transactions light. */
    public static final int BATCH = 5_000;

    private final Graph graph;
    private final PrintStream progress;

    public GeneratedGraphImport(Graph graph, PrintStream progress) {
        this.graph = graph;
        this.progress = progress;
    }

    public boolean alreadyImported(GraphGenerator generator) {
        return graph.read("MATCH (s:SeedFile {name: $name}) RETURN count(s) > 0 AS done",
                Map.of("name", generator.settings().key())).records().getFirst().get("done").asBoolean();
    }

    /** Applies the schema, then writes the whole generated graph; returns what was written. */
    public Counts importAll(GraphGenerator generator) {
        long started = System.nanoTime();
        GraphSetup.apply(graph, false);
        Counts counts = new Counts();
        CatalogRows catalog = generator.catalog();
        counts.categories = write("categories", CATEGORIES, catalog.categories());
        counts.families = write("families", FAMILIES, catalog.families());
        counts.products = write("products", PRODUCTS, catalog.products());
        counts.solutions = write("solutions", SOLUTIONS, catalog.solutions());
        counts.upgrades = write("upgrades", UPGRADES, catalog.upgrades());
        counts.complements = write("complements", COMPLEMENTS, catalog.complements());
        counts.boughtWith = write("bought-with", BOUGHT_WITH, catalog.boughtWith());

        // Customers in slices: every customer's rows are generated once and written in the order nodes -> edges.
        int total = generator.settings().customers();
        int slice = 10_000;
        for (int from = 0; from < total; from += slice) {
            int to = Math.min(total, from + slice);
            List<Map<String, Object>> customers = new ArrayList<>(to - from);
            List<Map<String, Object>> owns = new ArrayList<>();
            List<Map<String, Object>> events = new ArrayList<>();
            List<Map<String, Object>> decisions = new ArrayList<>();
            for (int i = from; i < to; i++) {
                CustomerRows rows = generator.customer(i);
                customers.add(rows.customer());
                owns.addAll(rows.owns());
                events.addAll(rows.events());
                decisions.addAll(rows.decisions());
            }
            counts.customers += writeQuietly(CUSTOMERS, customers);
            counts.owns += writeQuietly(OWNS, owns);
            counts.events += writeQuietly(EVENTS, events);
            counts.decisions += writeQuietly(DECISIONS, decisions);
            double seconds = (System.nanoTime() - started) / 1e9;
            progress.printf("  customers %,d/%,d  owns %,d  events %,d  decisions %,d  (%.0f s)%n",
                    to, total, counts.owns, counts.events, counts.decisions, seconds);
        }
        // What a shop's recompute derives from its orders: best sellers and repeat cycles, for POPULAR and repeat
        // purchases (without them the benchmark would not pay for those sources)
        var demand = new ProductDemand(graph).derive(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC));
        progress.printf("  demand: %,d products with a popularity, %,d with a repeat cycle; %s%n",
                demand.popularProducts(), demand.repeatProducts(), demand.habits());
        graph.write("MERGE (s:SeedFile {name: $name}) SET s.loadedAt = datetime()",
                Map.of("name", generator.settings().key()));
        counts.seconds = (System.nanoTime() - started) / 1e9;
        return counts;
    }

    private long write(String what, String cypher, List<Map<String, Object>> rows) {
        long written = writeQuietly(cypher, rows);
        progress.printf("  %s: %,d%n", what, written);
        return written;
    }

    long writeQuietly(String cypher, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            // A managed transaction per batch: retried on transient errors, harmless because every write is a MERGE.
            try (var session = graph.session()) {
                session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
            }
        }
        return rows.size();
    }

    /** Rows written per kind, and the wall time of the import. */
    public static final class Counts {
        public long categories;
        public long families;
        public long products;
        public long solutions;
        public long upgrades;
        public long complements;
        public long boughtWith;
        public long customers;
        public long owns;
        public long events;
        public long decisions;
        public double seconds;

        @Override
        public String toString() {
            return "categories=%d families=%d products=%d solutions=%d upgrades=%d complements=%d boughtWith=%d customers=%d owns=%d events=%d decisions=%d seconds=%.1f"
                    .formatted(categories, families, products, solutions, upgrades, complements, boughtWith,
                            customers, owns, events, decisions, seconds);
        }
    }
}
