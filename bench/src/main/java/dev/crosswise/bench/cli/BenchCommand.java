package dev.crosswise.bench.cli;

import dev.crosswise.bench.Benchmark;
import dev.crosswise.bench.GraphTarget;
import dev.crosswise.bench.HistoryImportTiming;
import dev.crosswise.bench.MetricsBenchmark;
import dev.crosswise.bench.ReloadMeasurement;
import dev.crosswise.bench.backtest.Backtest;
import dev.crosswise.bench.generator.ActivityGenerator;
import dev.crosswise.bench.generator.ActivitySettings;
import dev.crosswise.bench.generator.GeneratorSettings;
import dev.crosswise.bench.generator.GraphGenerator;
import dev.crosswise.bench.history.HistoryGenerator;
import dev.crosswise.bench.history.HistorySettings;
import dev.crosswise.bench.load.BenchGraphImport;
import dev.crosswise.bench.profile.DecisionCpuSplit;
import dev.crosswise.bench.scale.ScaleCurve;
import dev.crosswise.bench.scale.ScaleSettings;
import dev.crosswise.bench.scale.StandingService;
import dev.crosswise.importing.PurchaseHistoryImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code java -jar bench/target/crosswise-bench-<version>.jar <command> [--option value ...]}
 *
 * <pre>
 * run               generate/import the large graph (reused when already imported), start the service on it, measure
 * scale             whatNext at 1x, 3x and 10x the generated graph (offline import per size): latency, throughput,
 *                   memory, store size, PROFILE of the reads; bench/results/<timestamp>-scale.json, .md, .png
 * serve             one size of the scale curve's graph, the service started on it and left running (bench/wrk.sh)
 * import-generated  generate and import the large graph only (--uri bolt://... or --data-dir)
 * import-history    import a purchase history CSV (customer,date,item) and derive BOUGHT_WITH (--csv, --uri or --data-dir)
 * generate-history  write a groceries-shaped purchase history CSV (--lines --members --items --seed --out)
 * time-import-history  generate that history (500 000 lines) unless there, import it into a fresh directory, per phase
 * metrics           time Query.metrics over 30 days and recordEvent with attribution (against --compare-jar)
 * cpu-split         where a decision's CPU goes, from the flight recording of a run with --jfr true
 * reload-compile    time the compile of the reload step's rules in this JVM, without the service
 * backtest          relevance backtest of whatNext on a purchase history against baselines (bench/README.md)
 * </pre>
 */
public final class BenchCommand {

    private BenchCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || java.util.Arrays.asList(args).contains("--help")) {
            usage();
            return;
        }
        CommandOptions o = CommandOptions.parse(args);
        GeneratorSettings generator = GeneratorSettings.full(o.number("seed", 42))
                .withCustomers(o.integer("customers", 100_000))
                .withProducts(o.integer("products", 5_000));
        String pageCache = o.text("page-cache", "1g");
        ActivitySettings activity = new ActivitySettings(o.integer("activity-days", ActivitySettings.DEFAULT.days()),
                o.decimal("activity-customers", ActivitySettings.DEFAULT.customerShare()),
                ActivitySettings.DEFAULT.decisionsPerCustomer(), ActivitySettings.DEFAULT.actions());
        Path defaultDataDir = Path.of("bench", "data", "graph-seed%d-%dc-%dp".formatted(generator.seed(),
                generator.customers(), generator.products()));
        Path results = o.path("results", Path.of("bench/results"));
        int httpPort = o.integer("http-port", 18083);
        int boltPort = o.integer("bolt-port", 17683);
        switch (args[0]) {
            case "run" -> new Benchmark(new Benchmark.Options(o.repo(), o.path("data-dir", defaultDataDir),
                    o.serviceJar(), results, generator, o.integer("clients", 8), o.integer("capacity-clients", 32),
                    o.decimal("warmup", 60), o.decimal("duration", 30), httpPort, boltPort, o.text("heap", "2g"),
                    pageCache, o.integer("reload-rules", 1000), Boolean.parseBoolean(o.text("jfr", "false")),
                    o.number("batch-customers", 0), activity), System.out).run();
            case "cpu-split" -> DecisionCpuSplit.print(DecisionCpuSplit.read(Path.of(o.required("jfr"))),
                    o.has("cpu-ms") ? Double.valueOf(o.text("cpu-ms")) : null, System.out);
            case "scale" -> {
                var settings = new ScaleSettings(generator, ScaleSettings.parseFactors(o.text("factors", "1,3,10")),
                        o.path("data-root", Path.of("bench/data/scale")), o.text("heap", "2g"), o.text("page-cache"));
                new ScaleCurve(new ScaleCurve.Options(o.repo(), o.serviceJar(), results, settings,
                        o.integer("clients", 8), o.decimal("warmup", 60), o.decimal("duration", 30), httpPort, boltPort,
                        o.commandLine()), System.out).run();
            }
            case "serve" -> {
                var settings = new ScaleSettings(generator, List.of(o.integer("factor", 1)),
                        o.path("data-root", Path.of("bench/data/scale")), o.text("heap", "2g"), o.text("page-cache"));
                StandingService.serve(settings, settings.factors().getFirst(), o.serviceJar(), o.repo(), httpPort,
                        boltPort, System.out);
            }
            case "import-generated" -> {
                try (GraphTarget target = GraphTarget.open(o.text("uri"), o.path("data-dir", defaultDataDir), pageCache)) {
                    long started = System.nanoTime();
                    var report = BenchGraphImport.ensure(target.graph(),
                            new ActivityGenerator(new GraphGenerator(generator), activity), o.has("force"), System.out);
                    System.out.printf("Done in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, report);
                    System.out.println("Offer traffic: " + BenchGraphImport.trafficCounts(target.graph()));
                }
            }
            case "metrics" -> new MetricsBenchmark(new MetricsBenchmark.Options(o.repo(),
                    o.path("data-dir", defaultDataDir), o.serviceJar(), o.path("compare-jar", null), results,
                    new ActivityGenerator(new GraphGenerator(generator), activity), o.integer("runs", 10),
                    o.integer("rounds", 2), o.decimal("warmup", 30), o.decimal("duration", 30), httpPort, boltPort,
                    o.text("heap", "2g"), pageCache), System.out).run();
            case "import-history" -> {
                Path csv = Path.of(o.required("csv"));
                if (!Files.isRegularFile(csv)) {
                    System.err.println("No such file: " + csv.toAbsolutePath()
                            + " (the groceries history is ../shared/datasets/groceries/Groceries_dataset.csv from a clone of the repository;"
                            + " time-import-history generates a large one)");
                    System.exit(66);
                }
                HistoryImportTiming.importHistory(o.text("uri"), o.path("data-dir", Path.of("data/neo4j")), pageCache,
                        csv, importOptions(o), o.has("transactional"), System.out);
            }
            case "time-import-history" -> {
                HistorySettings history = historySettings(o);
                Path csv = o.path("csv", Path.of("bench/data/history-seed%d-%dl.csv".formatted(history.seed(),
                        history.lines())));
                if (!Files.isRegularFile(csv)) {
                    new HistoryGenerator(history).write(csv);
                    System.out.println("Generated " + csv + ": " + history);
                }
                Path dataDir = o.path("data-dir", Path.of("bench/target/import-history-timing"));
                HistoryImportTiming.freshDirectory(dataDir);
                HistoryImportTiming.importHistory(null, dataDir, pageCache, csv, importOptions(o),
                        o.has("transactional"), System.out);
            }
            case "generate-history" -> {
                HistorySettings history = historySettings(o);
                Path out = o.path("out", Path.of("bench/data/history-seed%d-%dl.csv".formatted(history.seed(),
                        history.lines())));
                long started = System.nanoTime();
                new HistoryGenerator(history).write(out);
                System.out.printf("Wrote %s in %.1f s: %s%n", out, (System.nanoTime() - started) / 1e9, history);
            }
            case "backtest" -> {
                if (o.has("split-date") == o.has("leave-last")) {
                    throw new IllegalArgumentException("backtest needs either --split-date YYYY-MM-DD or --leave-last");
                }
                Path csv = Path.of(o.required("csv"));
                if (!Files.isRegularFile(csv)) {
                    System.err.println("No such file: " + csv.toAbsolutePath());
                    System.exit(66);
                }
                Path repo = o.repo();
                new Backtest(new Backtest.Options(repo, o.path("runs", repo.resolve("bench/target/backtest")), csv,
                        o.has("split-date") ? LocalDate.parse(o.text("split-date")) : null, o.has("leave-last"),
                        o.path("catalog", null), o.integer("limit", 10),
                        o.integer("min-baskets", PurchaseHistoryImport.Options.DEFAULTS.minBaskets()), o.serviceJar(),
                        o.integer("clients", 4), o.text("heap", "1g"), o.text("page-cache", "256m"), o.commandLine()),
                        System.out).run();
            }
            case "reload-compile" -> ReloadMeasurement.run(o.repo().resolve("rules"), o.integer("reload-rules", 1000),
                    Benchmark.categories(generator.products()), o.integer("rounds", 6), o.integer("busy-threads", 0));
            default -> {
                usage();
                System.exit(64);
            }
        }
    }

    private static PurchaseHistoryImport.Options importOptions(CommandOptions o) {
        var defaults = PurchaseHistoryImport.Options.DEFAULTS;
        return new PurchaseHistoryImport.Options(o.text("customer-prefix", defaults.customerPrefix()),
                o.text("sku-prefix", defaults.skuPrefix()), o.integer("min-baskets", defaults.minBaskets()),
                o.integer("writers", defaults.writers()));
    }

    private static HistorySettings historySettings(CommandOptions o) {
        HistorySettings defaults = HistorySettings.groceriesAtScale(o.number("seed", 42));
        HistorySettings settings = defaults.withLines(o.integer("lines", defaults.lines()))
                .withMembers(o.integer("members", defaults.members()))
                .withItems(o.integer("items", defaults.items()));
        return o.has("baskets") ? settings.withBaskets(o.integer("baskets", 0)) : settings;
    }

    private static void usage() {
        System.out.println("""
                Usage: java -jar bench/target/crosswise-bench-<version>.jar <command> [--option value ...]
                  run               import the large graph (reused when already there), start the service, measure
                                    --customers 100000 --products 5000 --seed 42 --clients 8 --capacity-clients 32
                                    --warmup 60 --duration 30 --http-port 18083 --bolt-port 17683 --heap 2g
                                    --page-cache 1g --reload-rules 1000
                                    --batch-customers 0 (0 = all) --jfr true (record the service with Java Flight
                                    Recorder) --data-dir DIR --results DIR
                  cpu-split         where a decision's CPU goes, from the service's recording of a run with --jfr true:
                                    --jfr bench/data/<graph>-runs/<run>/service.jfr [--cpu-ms 1.87, the run's service
                                    CPU per decision with 8 clients, to print each part's ms]
                  scale             whatNext at several sizes of the generated graph, each imported once by Neo4j's
                                    offline importer into bench/data/scale/graph-seed42-<customers>c-<products>p:
                                    --factors 1,3,10 (multiples of --customers 100000; --products stay)
                                    --warmup 60 --duration 30 --clients 8 --heap 2g (every size)
                                    --page-cache SIZE (default: per size, the store and a quarter, >= 1g)
                                    --data-root bench/data/scale --results DIR; writes <timestamp>-scale.json,
                                    .md (table and PROFILE plans) and .png (JFreeChart) to bench/results/
                  serve             one size of scale's graph (--factor 1, the same options), the service started
                                    on it as scale starts it and left running for bench/wrk.sh; prints
                                    "Serving: url=... apiKey=... customers=..."; stops on Ctrl-C
                  import-generated  generate and import the large graph and its offer traffic (decisions, responses,
                                    purchases, attribution): --uri bolt://host:port | --data-dir DIR
                                    --activity-days 35 --activity-customers 0.2 (also for run and metrics)
                  metrics           Query.metrics over the 30 days before the graph's reference time, over HTTP
                                    (5 variants, --runs 10 each), then recordEvent of purchases of offered products,
                                    1 client, --warmup 30 --duration 30 s per round, --rounds 2 (0: metrics only);
                                    with --compare-jar JAR (a service from before attribution) the rounds alternate jars,
                                    each jar with the rules/ of its own checkout
                  import-history    --csv FILE [--uri bolt://host:port | --data-dir data/neo4j] [--min-baskets 2]
                                    [--customer-prefix M-] [--sku-prefix G-]; prints progress, the lines it could
                                    not read (skipped, by line number) and the seconds of each phase. A --data-dir
                                    holding no database yet is written by Neo4j's offline importer before the
                                    database starts (--transactional: through transactions as into any other)
                  generate-history  a groceries-shaped history: --lines 500000 --members 14000 --items 12000
                                    [--baskets 77000, by default 77 000 per 500 000 lines] --seed 42
                                    --out bench/data/history-seed42-500000l.csv
                  time-import-history  import-history of that file (generated first unless there; --csv FILE for
                                    another) into a fresh --data-dir bench/target/import-history-timing, per phase
                                    (--transactional: the way of a store with data, for comparison)
                  reload-compile    time the reload step's compile in this JVM, no service: repository rules plus the
                                    levers, round after round; --reload-rules 1000 --rounds 6 --busy-threads 0
                  backtest          relevance of whatNext on a purchase history, beside baselines, the service run on
                                    the training lines only: --csv FILE (--split-date YYYY-MM-DD | --leave-last)
                                    [--catalog FILE] [--limit 10] [--min-baskets 2] [--clients 4] [--heap 1g]
                                    [--page-cache 256m]; report in bench/target/backtest/<timestamp>/""");
    }
}
