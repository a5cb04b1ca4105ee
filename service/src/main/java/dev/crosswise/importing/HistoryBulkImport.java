package dev.crosswise.importing;

import dev.crosswise.copurchase.CoPurchasePayload;
import dev.crosswise.copurchase.CoPurchases;
import dev.crosswise.demand.Basket;
import dev.crosswise.demand.ProductDemand;
import dev.crosswise.graph.EmbeddedNeo4j;
import dev.crosswise.graph.Graph;
import dev.crosswise.graph.GraphSetup;
import dev.crosswise.importing.PurchaseHistoryCsv.PurchaseHistory;
import dev.crosswise.importing.PurchaseHistoryImport.Baskets;
import dev.crosswise.importing.PurchaseHistoryImport.Options;
import dev.crosswise.importing.PurchaseHistoryImport.Phases;
import dev.crosswise.importing.PurchaseHistoryImport.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.Config;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.api.index.IndexProvidersAccess;
import org.neo4j.logging.InternalLogProvider;
import org.neo4j.logging.internal.LogService;
import org.neo4j.memory.MemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;

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
 * Two steps, around the start of the database: {@link #write} (grouping, derivations, the importer reading them as
 * values, {@link HistoryInput}) while no Neo4j runs on the directory, then {@link Written#finish} on the started
 * database: the schema of {@code graph-model} (constraints and indexes populated once over the loaded nodes, rather
 * than maintained row by row). The migrations are recorded as applied with the nodes, as the transactional import
 * finds them recorded on the empty graph it starts from. Importing the same file again then goes the transactional
 * way (the store is no longer empty) and changes nothing.
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
     * Groups the history, derives co-purchases and demand, and has Neo4j's importer write them into the default
     * database of {@code dataDir} (its report and a placeholder file in a temporary directory there, deleted after).
     * No Neo4j may run on {@code dataDir}.
     *
     * @param lines   progress, from this thread and from the one grouping beside the importer, one line at a time
     * @param seconds phases timed before this call (reading the file), to report beside these
     */
    public static Written write(Path dataDir, PurchaseHistory history, Options options, Consumer<String> lines,
                                Map<String, Double> seconds) {
        if (!applies(dataDir)) {
            throw new IllegalStateException(dataDir + " holds a database already: import into it transactionally");
        }
        Object turn = new Object();
        Consumer<String> progress = line -> {
            synchronized (turn) {
                lines.accept(line);
            }
        };
        history.report().forEach(progress);
        var phases = new Phases(seconds, progress);
        ZonedDateTime derivedAt = Clock.systemUTC().instant().atZone(ZoneOffset.UTC);
        // Grouping and the derivations run beside the importer's own start (its classes, configuration and empty
        // stores: seconds of one core); the importer asks for its input only when it begins to write.
        CompletableFuture<Prepared> preparing = CompletableFuture.supplyAsync(
                () -> Prepared.of(history, options, progress), runnable -> {
                    Thread thread = new Thread(runnable, "history-import-prepare");
                    thread.setDaemon(true);
                    thread.start();
                });

        Path home = dataDir.toAbsolutePath();
        Path files = home.resolve("history-import-files");
        try {
            runImporter(home, files, () -> new HistoryInput(prepared(preparing), derivedAt,
                    Clock.systemUTC().instant().atZone(ZoneOffset.UTC), GraphSetup.migrationNames()).input(), progress);
            phases.done("group, derive co-purchases, best sellers and repeat cycles in memory, bulk import");
        } catch (RuntimeException e) {
            // The directory held no database: leave none half-written, which no start could open.
            OfflineImport.forgetDatabase(home);
            throw e;
        } finally {
            OfflineImport.deleteTree(files);
        }
        Prepared prepared = prepared(preparing);
        Baskets baskets = prepared.baskets();
        CoPurchases.Derivation coPurchases = prepared.coPurchases();
        progress.accept("customers %,d, products %,d, owns %,d, purchase events %,d in %,d baskets".formatted(
                baskets.customers.size(), baskets.products.size(), baskets.owns, baskets.purchases, baskets.baskets));
        progress.accept("bought-with %,d pairs over %,d baskets: %,d edges (each product to its %d strongest partners)"
                .formatted(coPurchases.pairs(), coPurchases.baskets(), coPurchases.edges().size(),
                        CoPurchases.PARTNERS_PER_PRODUCT));
        var derived = prepared.demand().derived();
        var payload = new CoPurchasePayload(coPurchases.baskets(), coPurchases.pairs(), coPurchases.edges().size(), 0,
                options.minBaskets(), derived.popularProducts(), derived.repeatProducts(), derived.habits().priorOrders(),
                derived.habits().dueShare(), coPurchases.carryover());
        PurchaseHistoryImport.learned(payload, progress);
        return new Written(history, baskets, payload, phases);
    }

    /** The history grouped, and what {@code recomputeCoPurchases} would derive from its baskets. */
    record Prepared(Baskets baskets, CoPurchases.Derivation coPurchases, ProductDemand.Computed demand) {

        static Prepared of(PurchaseHistory history, Options options, Consumer<String> progress) {
            long started = System.nanoTime();
            Baskets baskets = Baskets.group(history.purchases(), options);
            long grouped = System.nanoTime();
            List<Basket> orders = baskets.orders();
            CoPurchases.Derivation coPurchases = CoPurchases.derive(orders, options.minBaskets());
            ProductDemand.Computed demand = ProductDemand.compute(orders);
            progress.accept("[grouped in %.1f s; co-purchases, best sellers and repeat cycles derived in memory in %.1f s]"
                    .formatted((grouped - started) / 1e9, (System.nanoTime() - grouped) / 1e9));
            return new Prepared(baskets, coPurchases, demand);
        }
    }

    private static Prepared prepared(CompletableFuture<Prepared> preparing) {
        try {
            return preparing.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
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

        /**
         * Creates the constraints and indexes of {@code graph-model/schema} in {@code neo4j}, the database started on
         * the imported store, and waits until they are online: one transaction through the schema API when the
         * statements translate ({@link SchemaStatements}), else through Cypher with the usual setup.
         */
        public Result finish(EmbeddedNeo4j neo4j, Graph graph, Consumer<String> progress) {
            long started = System.nanoTime();
            List<String> statements = GraphSetup.schemaStatements();
            var calls = SchemaStatements.translate(statements);
            if (calls.isPresent()) {
                GraphDatabaseService database = neo4j.database();
                try (Transaction tx = database.beginTx()) {
                    calls.get().forEach(call -> call.accept(tx.schema()));
                    tx.commit();
                }
                progress.accept("%d constraints and indexes created in %.1f s".formatted(statements.size(),
                        (System.nanoTime() - started) / 1e9));
                try (Transaction tx = database.beginTx()) {
                    tx.schema().awaitIndexesOnline(10, TimeUnit.MINUTES);
                }
            } else {
                try (var session = graph.session()) {
                    session.executeWriteWithoutResult(tx -> statements.forEach(statement -> tx.run(statement).consume()));
                }
                GraphSetup.apply(graph, false);
                graph.write("CALL db.awaitIndexes(600)", Map.of());
            }
            phases.done("schema and indexes");
            progress.accept("constraints and indexes online after %.1f s".formatted((System.nanoTime() - started) / 1e9));
            return new Result(history.lines(), history.skipped(), baskets.customers.size(), baskets.products.size(),
                    baskets.baskets, baskets.owns, baskets.purchases, coPurchases, phases.seconds);
        }
    }

    /**
     * {@code neo4j-admin database import full}, in this JVM, of {@code input} rather than of CSV files: the command
     * sets up the store, the importer and its report as it does for files; its progress and report lines go to
     * {@code progress}. The command wants a node file to start: one with a header only, for a label no node has.
     */
    private static void runImporter(Path home, Path files, Supplier<Input> input, Consumer<String> progress) {
        try (var out = new LinePrintStream(progress)) {
            Files.createDirectories(files);
            Path placeholder = Files.writeString(files.resolve("nodes.csv"), ":ID\n");
            var command = new InputImportCommand(OfflineImport.context(home, out), input);
            // The database first: --nodes takes any number of files after it.
            OfflineImport.run(command, "neo4j", "--id-type=actual", "--bad-tolerance=0",
                    "--max-off-heap-memory=" + IMPORTER_MEMORY, "--report-file=" + files.resolve("import.report"),
                    "--temp-path=" + files.resolve("tmp"), "--nodes=HistoryImportPlaceholder=" + placeholder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code import full} whose import reads {@code input} in place of the input it built from its files. */
    private static final class InputImportCommand extends ImportCommand.Full {
        private final Supplier<Input> input;

        InputImportCommand(ExecutionContext context, Supplier<Input> input) {
            super(context);
            this.input = input;
        }

        @Override
        protected void doImport(FileSystemAbstraction fs, DatabaseLayout layout, boolean verbose1, Config config,
                                StorageEngineFactory storageEngineFactory, JobScheduler jobScheduler,
                                InternalLogProvider logProvider, PageCacheTracer pageCacheTracer,
                                CursorContextFactory contextFactory, Configuration configuration, LogService logService,
                                PrintStream out, PrintStream err, boolean verbose2, Collector collector,
                                MemoryTracker memoryTracker, Input fromFiles,
                                Supplier<IndexProvidersAccess> indexProviders, ImportCommand.ShardingArguments sharding,
                                Monitor monitor) throws IOException {
            super.doImport(fs, layout, verbose1, config, storageEngineFactory, jobScheduler, logProvider,
                    pageCacheTracer, contextFactory, configuration, logService, out, err, verbose2, collector,
                    memoryTracker, input.get(), indexProviders, sharding, monitor);
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
