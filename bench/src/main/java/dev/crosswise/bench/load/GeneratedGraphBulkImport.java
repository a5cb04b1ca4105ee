package dev.crosswise.bench.load;

import dev.crosswise.bench.generator.CatalogRows;
import dev.crosswise.bench.generator.CustomerRows;
import dev.crosswise.bench.generator.GraphGenerator;
import dev.crosswise.demand.ProductDemand;
import dev.crosswise.graph.Graph;
import dev.crosswise.graph.GraphSetup;
import dev.crosswise.importing.HistoryBulkImport;
import dev.crosswise.importing.OfflineImport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.neo4j.importer.ImportCommand;

/**
 * A generated graph written into a data directory that holds no database yet by Neo4j's offline importer (what
 * {@code neo4j-admin database import full} runs) from CSV files, before any Neo4j starts on it: the way a 10x graph
 * (a million customers, ten million OWNS) imports in minutes on two cores, where {@link GeneratedGraphImport}'s
 * transactions would take hours. The same graph as {@link GeneratedGraphImport} into an empty store: the same nodes,
 * relationships and properties (a MERGE there is a de-duplication here: the last row of a repeated relationship wins,
 * as its SET does there), the migrations recorded as applied, as on a graph that started empty.
 * <p>
 * Two steps around the start of the database, as in the service's {@link HistoryBulkImport}: {@link #write} while no
 * Neo4j runs on the directory, then {@link #finish} on the started database — the schema (indexes populated once
 * over the loaded nodes), what a shop's recompute derives from its orders ({@link ProductDemand}), and the
 * {@code :SeedFile} that marks the import complete, so {@link GeneratedGraphImport#alreadyImported} finds it.
 */
public final class GeneratedGraphBulkImport {

    /** The importer's memory for its caches (a cap: it reported 1 GiB for the smallest graph); 10x fits in it. */
    static final String IMPORTER_MEMORY = "3g";

    /** Customers generated at a time (in parallel), then written in order. */
    private static final int SLICE = 20_000;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private GeneratedGraphBulkImport() {
    }

    /** Whether the offline importer may write into {@code dataDir}: no database there yet, and java.nio opened to it. */
    public static boolean applies(Path dataDir) {
        return HistoryBulkImport.applies(dataDir);
    }

    /** Rows written per file, and the seconds of each phase. */
    public record Written(Map<String, Long> rows, Map<String, Double> seconds) {
    }

    /**
     * Generates the graph into CSV files under {@code dataDir/bulk-import-files} (deleted after) and has Neo4j's
     * importer write them into the default database of {@code dataDir}. No Neo4j may run on {@code dataDir}.
     */
    public static Written write(Path dataDir, GraphGenerator generator, PrintStream progress) {
        if (!applies(dataDir)) {
            throw new IllegalStateException(dataDir + " holds a database already (or java.nio is not opened to the"
                    + " importer): import into it transactionally");
        }
        Path home = dataDir.toAbsolutePath();
        Path files = home.resolve("bulk-import-files");
        Map<String, Double> seconds = new LinkedHashMap<>();
        long started = System.nanoTime();
        try {
            Map<String, Long> rows = writeCsv(files, generator, progress);
            seconds.put("generateCsv", (System.nanoTime() - started) / 1e9);
            long importing = System.nanoTime();
            runImporter(home, files, progress);
            seconds.put("bulkImport", (System.nanoTime() - importing) / 1e9);
            return new Written(rows, seconds);
        } catch (RuntimeException e) {
            // The directory held no database: leave none half-written, which no start could open.
            OfflineImport.forgetDatabase(home);
            throw e;
        } finally {
            OfflineImport.deleteTree(files);
        }
    }

    /**
     * On the database started on the written store: the schema of {@code graph-model} (the migrations are recorded
     * already), the demand figures, and the {@code :SeedFile} of the generator's settings. Returns its seconds.
     */
    public static double finish(Graph graph, GraphGenerator generator, PrintStream progress) {
        long started = System.nanoTime();
        GraphSetup.apply(graph, false);
        graph.write("CALL db.awaitIndexes(1800)", Map.of());
        progress.printf("  schema and indexes online in %.1f s%n", (System.nanoTime() - started) / 1e9);
        long deriving = System.nanoTime();
        // What a shop's recompute derives from its orders, as GeneratedGraphImport does after its rows.
        var demand = new ProductDemand(graph).derive(ZonedDateTime.now(ZoneOffset.UTC));
        progress.printf("  demand: %,d products with a popularity, %,d with a repeat cycle; %s (%.1f s)%n",
                demand.popularProducts(), demand.repeatProducts(), demand.habits(), (System.nanoTime() - deriving) / 1e9);
        graph.write("MERGE (s:SeedFile {name: $name}) SET s.loadedAt = datetime()",
                Map.of("name", generator.settings().key()));
        return (System.nanoTime() - started) / 1e9;
    }

    // ---------------------------------------------------------------- the CSV files

    /** One file of the import: its name, the importer's argument for it, and its header. */
    private record CsvFile(String name, String argument, String header) {
    }

    private static final List<CsvFile> FILES = List.of(
            nodes("Category", "id:ID(Category),name"),
            nodes("Family", "id:ID(Family),name"),
            nodes("Product", "sku:ID(Product),name,price:double,margin:double,stock:long,level,premium:boolean,"
                    + "consumable:boolean,cycleDays:long,season,minTier,giftable:boolean,launchedAt:datetime"),
            nodes("Solution", "id:ID(Solution),name"),
            nodes("Customer", "id:ID(Customer),name,tier,points:long,spend:double,consentEmail:boolean,"
                    + "consentSms:boolean,consentMobile:boolean,consentDirect:boolean,optedOut:boolean,timeZone,"
                    + "joinedAt:datetime"),
            nodes("Event", "id:ID(Event),type,at:datetime,sku,orderId,quantity:long,price:double"),
            nodes("Decision", "id:ID(Decision),at:datetime,rulesVersion,placement"),
            nodes("Migration", "name:ID(Migration),appliedAt:datetime"),
            relationships("PARENT", ":START_ID(Category),:END_ID(Category)"),
            relationships("IN_CATEGORY", ":START_ID(Product),:END_ID(Category)"),
            relationships("PART_OF", ":START_ID(Product),:END_ID(Family)"),
            relationships("NEEDS", ":START_ID(Solution),:END_ID(Product),role,optional:boolean"),
            relationships("UPGRADES_TO", ":START_ID(Product),:END_ID(Product)"),
            relationships("COMPLEMENTS", ":START_ID(Product),:END_ID(Product),strength:double"),
            relationships("BOUGHT_WITH", ":START_ID(Product),:END_ID(Product),support:double,lift:double"),
            relationships("OWNS", ":START_ID(Customer),:END_ID(Product),at:datetime,orderId,quantity:long,"
                    + "price:double,gift:boolean,usagePercent:double,returned:boolean"),
            relationships("DID", ":START_ID(Customer),:END_ID(Event)"),
            relationships("ABOUT", ":START_ID(Event),:END_ID(Product)"),
            relationships("FOR", ":START_ID(Decision),:END_ID(Customer)"),
            relationships("OFFERED", ":START_ID(Decision),:END_ID(Product),rank:long,strategy,moment,channel,"
                    + "score:double,category"));

    private static CsvFile nodes(String label, String header) {
        return new CsvFile(label, "--nodes=" + label + "=", header);
    }

    private static CsvFile relationships(String type, String header) {
        return new CsvFile(type, "--relationships=" + type + "=", header);
    }

    /** The columns of a file after its ids, as named in its header. */
    private static List<String> properties(String name) {
        CsvFile file = FILES.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
        List<String> columns = new ArrayList<>();
        for (String column : file.header().split(",")) {
            if (!column.startsWith(":")) {
                columns.add(column.contains(":") ? column.substring(0, column.indexOf(':')) : column);
            }
        }
        return columns;
    }

    private static Map<String, Long> writeCsv(Path dir, GraphGenerator generator, PrintStream progress) {
        try {
            Files.createDirectories(dir);
            Map<String, Csv> csv = new LinkedHashMap<>();
            for (CsvFile file : FILES) {
                csv.put(file.name(), new Csv(dir.resolve(file.name() + ".csv"), file.header(), properties(file.name())));
            }
            CatalogRows catalog = generator.catalog();
            for (Map<String, Object> row : catalog.categories()) {
                csv.get("Category").node(row.get("id"), row);
                if (row.get("parent") != null) {
                    csv.get("PARENT").relationship(row.get("id"), row.get("parent"), Map.of());
                }
            }
            for (Map<String, Object> row : catalog.families()) {
                csv.get("Family").node(row.get("id"), row);
            }
            Map<Object, Object> categoryOf = new HashMap<>();
            for (Map<String, Object> row : catalog.products()) {
                csv.get("Product").node(row.get("sku"), props(row));
                csv.get("IN_CATEGORY").relationship(row.get("sku"), row.get("category"), Map.of());
                categoryOf.put(row.get("sku"), row.get("category"));
                if (row.get("family") != null) {
                    csv.get("PART_OF").relationship(row.get("sku"), row.get("family"), Map.of());
                }
            }
            for (Map<String, Object> row : catalog.solutions()) {
                csv.get("Solution").node(row.get("id"), row);
                @SuppressWarnings("unchecked")
                var needs = (List<Map<String, Object>>) row.get("needs");
                for (Map<String, Object> need : lastOfEach(needs, "sku")) {
                    csv.get("NEEDS").relationship(row.get("id"), need.get("sku"), need);
                }
            }
            for (var kind : List.of(List.of("UPGRADES_TO", catalog.upgrades()), List.of("COMPLEMENTS", catalog.complements()),
                    List.of("BOUGHT_WITH", catalog.boughtWith()))) {
                @SuppressWarnings("unchecked")
                var rows = (List<Map<String, Object>>) kind.get(1);
                for (Map<String, Object> row : lastOfEach(rows, "from", "to")) {
                    csv.get((String) kind.get(0)).relationship(row.get("from"), row.get("to"), row);
                }
            }
            for (String migration : GraphSetup.migrationNames()) {
                csv.get("Migration").node(migration, Map.of("appliedAt", ZonedDateTime.now(ZoneOffset.UTC)));
            }

            int total = generator.settings().customers();
            long started = System.nanoTime();
            for (int from = 0; from < total; from += SLICE) {
                int to = Math.min(total, from + SLICE);
                // generating is most of the work, and every customer comes from its own random stream: in parallel
                List<CustomerRows> slice = IntStream.range(from, to).parallel().mapToObj(generator::customer).toList();
                for (CustomerRows rows : slice) {
                    Object id = rows.customer().get("id");
                    csv.get("Customer").node(id, props(rows.customer()));
                    for (Map<String, Object> owns : rows.owns()) {
                        csv.get("OWNS").relationship(id, owns.get("sku"), props(owns));
                    }
                    for (Map<String, Object> event : rows.events()) {
                        csv.get("Event").node(event.get("id"), props(event));
                        csv.get("DID").relationship(id, event.get("id"), Map.of());
                        if (event.get("sku") != null) {
                            csv.get("ABOUT").relationship(event.get("id"), event.get("sku"), Map.of());
                        }
                    }
                    for (Map<String, Object> decision : rows.decisions()) {
                        csv.get("Decision").node(decision.get("id"), props(decision));
                        csv.get("FOR").relationship(decision.get("id"), id, Map.of());
                        @SuppressWarnings("unchecked")
                        var offered = (List<Map<String, Object>>) decision.get("offered");
                        for (Map<String, Object> offer : lastOfEach(offered, "sku")) {
                            Map<String, Object> props = new HashMap<>(props(offer));
                            props.put("category", categoryOf.get(offer.get("sku")));
                            csv.get("OFFERED").relationship(decision.get("id"), offer.get("sku"), props);
                        }
                    }
                }
                if (to == total || (to / SLICE) % 10 == 0) {
                    progress.printf("  CSV: customers %,d/%,d  owns %,d  events %,d  decisions %,d  (%.0f s)%n", to, total,
                            csv.get("OWNS").rows, csv.get("Event").rows, csv.get("Decision").rows,
                            (System.nanoTime() - started) / 1e9);
                }
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (var entry : csv.entrySet()) {
                entry.getValue().close();
                rows.put(entry.getKey(), entry.getValue().rows);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> row) {
        return (Map<String, Object>) row.get("props");
    }

    /** The rows a MERGE on {@code keys} would keep, each with the values of the last of its repeats (SET wins last). */
    private static List<Map<String, Object>> lastOfEach(List<Map<String, Object>> rows, String... keys) {
        Map<List<Object>, Map<String, Object>> last = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            List<Object> key = Stream.of(keys).map(row::get).toList();
            last.put(key, row);
        }
        return new ArrayList<>(last.values());
    }

    /** One CSV file being written: a header, then a line per node or relationship; a null is an empty (unset) field. */
    private static final class Csv implements AutoCloseable {
        private final BufferedWriter out;
        private final List<String> properties;
        private final StringBuilder line = new StringBuilder(256);
        long rows;

        Csv(Path file, String header, List<String> properties) throws IOException {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            this.properties = properties;
            out.write(header);
            out.newLine();
        }

        /** {@code values} holds the properties after the id (by name; the id column is the first property). */
        void node(Object id, Map<String, Object> values) throws IOException {
            line.setLength(0);
            field(id);
            for (int i = 1; i < properties.size(); i++) {
                line.append(',');
                field(values.get(properties.get(i)));
            }
            end();
        }

        void relationship(Object start, Object end, Map<String, Object> values) throws IOException {
            line.setLength(0);
            field(start);
            line.append(',');
            field(end);
            for (String property : properties) {
                line.append(',');
                field(values.get(property));
            }
            end();
        }

        private void field(Object value) {
            switch (value) {
                case null -> { }
                case String s -> line.append('"').append(s.replace("\"", "\"\"")).append('"');
                case ZonedDateTime at -> line.append(DATE_TIME.format(at));
                default -> line.append(value);
            }
        }

        private void end() throws IOException {
            line.append('\n');
            out.append(line);
            rows++;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    // ---------------------------------------------------------------- the importer

    /** {@code neo4j-admin database import full neo4j --nodes=... --relationships=...}, in this JVM. */
    private static void runImporter(Path home, Path files, PrintStream progress) {
        List<String> arguments = new ArrayList<>(List.of("neo4j", "--bad-tolerance=0", "--skip-bad-relationships=false",
                "--max-off-heap-memory=" + IMPORTER_MEMORY, "--report-file=" + files.resolve("import.report"),
                "--temp-path=" + files.resolve("tmp")));
        for (CsvFile file : FILES) {
            arguments.add(file.argument() + files.resolve(file.name() + ".csv"));
        }
        OfflineImport.run(new ImportCommand.Full(OfflineImport.context(home, progress)), arguments.toArray(String[]::new));
    }
}
