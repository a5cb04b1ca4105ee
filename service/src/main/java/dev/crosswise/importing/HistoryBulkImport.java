package dev.crosswise.importing;

import dev.crosswise.copurchase.CoPurchasePayload;
import dev.crosswise.copurchase.CoPurchases;
import dev.crosswise.demand.Basket;
import dev.crosswise.demand.ProductDemand;
import dev.crosswise.graph.Graph;
import dev.crosswise.graph.GraphSetup;
import dev.crosswise.importing.PurchaseHistoryCsv.PurchaseHistory;
import dev.crosswise.importing.PurchaseHistoryImport.Baskets;
import dev.crosswise.importing.PurchaseHistoryImport.Customer;
import dev.crosswise.importing.PurchaseHistoryImport.Options;
import dev.crosswise.importing.PurchaseHistoryImport.Owns;
import dev.crosswise.importing.PurchaseHistoryImport.Phases;
import dev.crosswise.importing.PurchaseHistoryImport.Purchase;
import dev.crosswise.importing.PurchaseHistoryImport.Result;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * The import of a purchase history into a data directory that holds no database yet, through Neo4j's own offline
 * importer (what {@code neo4j-admin database import full} runs), before the database is started: a first import of
 * half a million lines writes its nodes and relationships in a few seconds instead of committing them transaction by
 * transaction. It writes the graph the transactional import ({@link PurchaseHistoryImport}) writes into an empty
 * store, nothing more, nothing less: customers, products, PURCHASE events with DID / ABOUT, OWNS, and what
 * {@code recomputeCoPurchases} derives from the same baskets ({@link CoPurchases#derive}, {@link ProductDemand#compute}:
 * BOUGHT_WITH, each product's popularity, weekly baskets and repeat cycle, the shop's {@code BasketWeeks}) — counted
 * here from the baskets in memory, since in an empty store the file's baskets are all the graph's.
 * <p>
 * Two steps, around the start of the database: {@link #write} (grouping, derivations, the importer) while no Neo4j
 * runs on the directory, then {@link Written#finish} on the started database: the schema of {@code graph-model}
 * (constraints and indexes populated once over the loaded nodes, rather than maintained row by row) and its
 * migrations, as every start applies them. Importing the same file again then goes the transactional way (the store
 * is no longer empty) and changes nothing.
 */
public final class HistoryBulkImport {

    /** The offline importer's memory for its caches and page cache; the graph of a few million records needs little. */
    static final String IMPORTER_MEMORY = "1g";

    private HistoryBulkImport() {
    }

    /**
     * Whether {@code dataDir} (an embedded Neo4j's home) holds no database at all — the only case the offline
     * importer may write. A directory where Neo4j ever started holds its system database and is imported into the
     * transactional way.
     */
    public static boolean applies(Path dataDir) {
        return importerCanRun() && emptyOrMissing(dataDir.resolve("data").resolve("databases"))
                && emptyOrMissing(dataDir.resolve("data").resolve("transactions"));
    }

    /**
     * The importer reaches into direct buffers: the JVM must open {@code java.nio} to it (the bench jar's manifest
     * does, {@code Add-Opens}; else {@code --add-opens=java.base/java.nio=ALL-UNNAMED}).
     */
    public static boolean importerCanRun() {
        return Object.class.getModule().isOpen("java.nio", HistoryBulkImport.class.getModule());
    }

    private static boolean emptyOrMissing(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dir, e);
        }
    }

    /**
     * Groups the history, derives co-purchases and demand, writes the importer's files into a temporary directory of
     * {@code dataDir} and imports them into its default database. No Neo4j may run on {@code dataDir}.
     *
     * @param seconds phases timed before this call (reading the file), to report beside these
     */
    public static Written write(Path dataDir, PurchaseHistory history, Options options, Consumer<String> progress,
                                Map<String, Double> seconds) {
        if (!applies(dataDir)) {
            throw new IllegalStateException(dataDir + " holds a database already: import into it transactionally");
        }
        history.report().forEach(progress);
        var phases = new Phases(seconds);
        Baskets baskets = Baskets.group(history.purchases(), options);
        phases.done("group");

        ZonedDateTime derivedAt = Clock.systemUTC().instant().atZone(ZoneOffset.UTC);
        List<Basket> orders = baskets.orders();
        CoPurchases.Derivation coPurchases = CoPurchases.derive(orders, options.minBaskets());
        ProductDemand.Computed demand = ProductDemand.compute(orders);
        phases.done("co-purchases, best sellers and repeat cycles (in memory)");

        Path home = dataDir.toAbsolutePath();
        Path files = home.resolve("history-import-files");
        try {
            List<String> arguments = new ImporterFiles(files).write(baskets, coPurchases, demand, derivedAt);
            phases.done("importer files");
            runImporter(home, files, arguments, progress);
            phases.done("bulk import");
        } finally {
            delete(files);
        }
        progress.accept("customers %,d, products %,d, owns %,d, purchase events %,d in %,d baskets".formatted(
                baskets.customers.size(), baskets.products.size(), baskets.owns, baskets.purchases, baskets.baskets));
        progress.accept("bought-with %,d pairs over %,d baskets: %,d edges (each product to its %d strongest partners)"
                .formatted(coPurchases.pairs(), coPurchases.baskets(), coPurchases.edges().size(),
                        CoPurchases.PARTNERS_PER_PRODUCT));
        var derived = demand.derived();
        return new Written(history, baskets, new CoPurchasePayload(coPurchases.baskets(), coPurchases.pairs(),
                coPurchases.edges().size(), 0, options.minBaskets(), derived.popularProducts(), derived.repeatProducts()),
                phases);
    }

    /** What {@link #write} imported; {@link #finish} completes it once the database runs. */
    public static final class Written {
        private final PurchaseHistory history;
        private final Baskets baskets;
        private final CoPurchasePayload coPurchases;
        private final Phases phases;

        private Written(PurchaseHistory history, Baskets baskets, CoPurchasePayload coPurchases, Phases phases) {
            this.history = history;
            this.baskets = baskets;
            this.coPurchases = coPurchases;
            this.phases = phases;
        }

        /** Marks the time the caller spent starting the database on the imported store. */
        public void started() {
            phases.done("start");
        }

        /** Applies the schema and the migrations (as a start of the service does) and waits for the indexes. */
        public Result finish(Graph graph, Consumer<String> progress) {
            GraphSetup.apply(graph, false);
            graph.write("CALL db.awaitIndexes(600)", Map.of());
            phases.done("schema and indexes");
            progress.accept("constraints and indexes online");
            return new Result(history.lines(), history.skipped(), baskets.customers.size(), baskets.products.size(),
                    baskets.baskets, baskets.owns, baskets.purchases, coPurchases, phases.seconds);
        }
    }

    /**
     * {@code neo4j-admin database import full} of the files, in this JVM: its progress and report lines go to
     * {@code progress}.
     */
    private static void runImporter(Path home, Path files, List<String> arguments, Consumer<String> progress) {
        try (var out = new LinePrintStream(progress)) {
            var context = new ExecutionContext(home, home.resolve("conf"), out, out, new DefaultFileSystemAbstraction());
            var command = new ImportCommand.Full(context);
            // The database first: --nodes and --relationships take any number of files after them.
            List<String> args = new ArrayList<>(List.of("neo4j", "--id-type=integer", "--bad-tolerance=0",
                    "--max-off-heap-memory=" + IMPORTER_MEMORY, "--report-file=" + files.resolve("import.report"),
                    "--temp-path=" + files.resolve("tmp")));
            args.addAll(arguments);
            new CommandLine(command).parseArgs(args.toArray(String[]::new));
            int status = command.call();
            if (status != 0) {
                throw new IllegalStateException("Neo4j's importer ended with status " + status);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Neo4j's importer failed: " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }

    /**
     * The importer's CSV files: node ids are integers of one space (customers, then products, then events, then the
     * shop's weeks), not stored; every string quoted; an empty field is no property, as a null SET is.
     */
    private record ImporterFiles(Path dir) {

        List<String> write(Baskets baskets, CoPurchases.Derivation coPurchases, ProductDemand.Computed demand,
                           ZonedDateTime derivedAt) {
            try {
                Files.createDirectories(dir);
                List<String> arguments = new ArrayList<>();
                Map<String, Long> customerIds = new HashMap<>();
                Map<String, Long> productIds = new HashMap<>();
                long next = 0;
                try (Writer w = open("customers.csv", arguments, "--nodes=Customer=")) {
                    w.write(":ID,id,name,joinedAt:datetime\n");
                    for (Customer c : baskets.customers.values()) {
                        customerIds.put(c.id, next);
                        w.append(Long.toString(next++)).append(',').append(quote(c.id)).append(',')
                                .append(quote(c.name)).append(',').append(c.joinedAt.toString()).append('\n');
                    }
                }
                Map<String, ProductDemand.Figures> figures = demand.figures().stream()
                        .collect(Collectors.toMap(ProductDemand.Figures::sku, f -> f));
                String at = derivedAt.toString();
                try (Writer w = open("products.csv", arguments, "--nodes=Product=")) {
                    w.write(":ID,sku,name,popularity:double,recentPopularity:double,repeatDays:long,"
                            + "basketsFromWeek:long,weeklyBaskets:long[],demandDerivedAt:datetime\n");
                    for (Map.Entry<String, String> p : baskets.products.entrySet()) {
                        productIds.put(p.getKey(), next);
                        w.append(Long.toString(next++)).append(',').append(quote(p.getKey())).append(',')
                                .append(quote(p.getValue()));
                        ProductDemand.Figures f = figures.get(p.getKey());
                        if (f == null) {
                            w.append(",,,,,,\n");
                            continue;
                        }
                        w.append(',').append(Double.toString(f.popularity())).append(',')
                                .append(Double.toString(f.recentPopularity())).append(',')
                                .append(f.repeatDays() == null ? "" : f.repeatDays().toString()).append(',');
                        if (f.weeks() != null) {
                            w.append(Long.toString(f.weeks().fromWeek())).append(',').append(array(f.weeks().counts()));
                        } else {
                            w.append(',');
                        }
                        w.append(',').append(at).append('\n');
                    }
                }
                if (demand.shopWeeks() != null) {
                    try (Writer w = open("basket-weeks.csv", arguments, "--nodes=BasketWeeks=")) {
                        w.write(":ID,id,fromWeek:long,counts:long[],derivedAt:datetime\n");
                        w.append(Long.toString(next++)).append(",\"all\",")
                                .append(Long.toString(demand.shopWeeks().fromWeek())).append(',')
                                .append(array(demand.shopWeeks().counts())).append(',').append(at).append('\n');
                    }
                }
                // Events as the transactional import CREATEs them: changedAt is the time of the write.
                String changedAt = Clock.systemUTC().instant().atZone(ZoneOffset.UTC).toString();
                long firstEvent = next;
                try (Writer w = open("events.csv", arguments, "--nodes=Event=")) {
                    w.write(":ID,id,type,at:datetime,sku,orderId,quantity:long,changedAt:datetime\n");
                    long id = firstEvent;
                    for (Customer c : baskets.customers.values()) {
                        for (Purchase p : c.purchases) {
                            w.append(Long.toString(id++)).append(',').append(quote(p.id())).append(",\"PURCHASE\",")
                                    .append(p.at.toString()).append(',').append(quote(p.sku)).append(',')
                                    .append(quote(p.orderId)).append(',').append(Long.toString(p.quantity)).append(',')
                                    .append(changedAt).append('\n');
                        }
                    }
                }
                try (Writer did = open("did.csv", arguments, "--relationships=DID=");
                     Writer about = open("about.csv", arguments, "--relationships=ABOUT=")) {
                    did.write(":START_ID,:END_ID\n");
                    about.write(":START_ID,:END_ID\n");
                    long id = firstEvent;
                    for (Customer c : baskets.customers.values()) {
                        String customer = Long.toString(customerIds.get(c.id));
                        for (Purchase p : c.purchases) {
                            String event = Long.toString(id++);
                            did.append(customer).append(',').append(event).append('\n');
                            about.append(event).append(',').append(Long.toString(productIds.get(p.sku))).append('\n');
                        }
                    }
                }
                try (Writer w = open("owns.csv", arguments, "--relationships=OWNS=")) {
                    w.write(":START_ID,:END_ID,at:datetime,orderId,firstAt:datetime,orders:long,quantity:long,"
                            + "returned:boolean\n");
                    for (Customer c : baskets.customers.values()) {
                        String customer = Long.toString(customerIds.get(c.id));
                        for (Owns o : c.owns) {
                            w.append(customer).append(',').append(Long.toString(productIds.get(o.sku))).append(',')
                                    .append(o.latest.at.toString()).append(',').append(quote(o.latest.orderId))
                                    .append(',').append(o.firstAt.toString()).append(',')
                                    .append(Long.toString(o.orders)).append(',').append(Long.toString(o.quantity))
                                    .append(",false\n");
                        }
                    }
                }
                try (Writer w = open("bought-with.csv", arguments, "--relationships=BOUGHT_WITH=")) {
                    w.write(":START_ID,:END_ID,support:long,lift:double,confidence:double,derivedAt:datetime\n");
                    for (CoPurchases.Edge e : coPurchases.edges()) {
                        w.append(Long.toString(productIds.get(e.from()))).append(',')
                                .append(Long.toString(productIds.get(e.to()))).append(',')
                                .append(Long.toString(e.support())).append(',').append(Double.toString(e.lift()))
                                .append(',').append(Double.toString(e.confidence())).append(',').append(at)
                                .append('\n');
                    }
                }
                return arguments;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the importer's files in " + dir, e);
            }
        }

        private Writer open(String name, List<String> arguments, String option) throws IOException {
            Path file = dir.resolve(name);
            arguments.add(option + file);
            return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        }

        private static String quote(String text) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }

        private static String array(long[] values) {
            return LongStream.of(values).mapToObj(Long::toString).collect(Collectors.joining(";"));
        }
    }

    /** A print stream handing each complete line to a consumer: the importer's output as progress lines. */
    private static final class LinePrintStream extends PrintStream {

        LinePrintStream(Consumer<String> lines) {
            super(new OutputStream() {
                private final ByteArrayOutputStream line = new ByteArrayOutputStream();

                @Override
                public synchronized void write(int b) {
                    if (b == '\n') {
                        flushLine();
                    } else {
                        line.write(b);
                    }
                }

                @Override
                public synchronized void close() {
                    flushLine();
                }

                private void flushLine() {
                    String text = line.toString(StandardCharsets.UTF_8).stripTrailing();
                    line.reset();
                    if (!text.isBlank()) {
                        lines.accept(text);
                    }
                }
            }, true, StandardCharsets.UTF_8);
        }
    }
}
