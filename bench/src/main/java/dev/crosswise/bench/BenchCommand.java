package dev.crosswise.bench;

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
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

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
        Map<String, String> o = options(args);
        GeneratorSettings generator = GeneratorSettings.full(Long.parseLong(o.getOrDefault("seed", "42")))
                .withCustomers(Integer.parseInt(o.getOrDefault("customers", "100000")))
                .withProducts(Integer.parseInt(o.getOrDefault("products", "5000")));
        String pageCache = o.getOrDefault("page-cache", "1g");
        ActivitySettings activity = new ActivitySettings(
                Integer.parseInt(o.getOrDefault("activity-days", String.valueOf(ActivitySettings.DEFAULT.days()))),
                Double.parseDouble(o.getOrDefault("activity-customers", String.valueOf(ActivitySettings.DEFAULT.customerShare()))),
                ActivitySettings.DEFAULT.decisionsPerCustomer(), ActivitySettings.DEFAULT.actions());
        Path defaultDataDir = Path.of("bench", "data", "graph-seed%d-%dc-%dp".formatted(generator.seed(),
                generator.customers(), generator.products()));
        switch (args[0]) {
            case "run" -> {
                Path repo = Path.of(o.getOrDefault("repo", ".")).toAbsolutePath().normalize();
                var options = new Benchmark.Options(repo,
                        Path.of(o.getOrDefault("data-dir", defaultDataDir.toString())),
                        o.containsKey("service-jar") ? Path.of(o.get("service-jar")) : serviceJar(repo),
                        Path.of(o.getOrDefault("results", "bench/results")), generator,
                        Integer.parseInt(o.getOrDefault("clients", "8")),
                        Integer.parseInt(o.getOrDefault("capacity-clients", "32")),
                        Double.parseDouble(o.getOrDefault("warmup", "60")),
                        Double.parseDouble(o.getOrDefault("duration", "30")),
                        Integer.parseInt(o.getOrDefault("http-port", "18083")),
                        Integer.parseInt(o.getOrDefault("bolt-port", "17683")),
                        o.getOrDefault("heap", "2g"), pageCache,
                        Integer.parseInt(o.getOrDefault("reload-rules", "1000")),
                        Boolean.parseBoolean(o.getOrDefault("jfr", "false")),
                        Long.parseLong(o.getOrDefault("batch-customers", "0")), activity);
                new Benchmark(options, System.out).run();
            }
            case "cpu-split" -> DecisionCpuSplit.print(DecisionCpuSplit.read(Path.of(require(o, "jfr"))),
                    o.containsKey("cpu-ms") ? Double.valueOf(o.get("cpu-ms")) : null, System.out);
            case "scale" -> {
                Path repo = Path.of(o.getOrDefault("repo", ".")).toAbsolutePath().normalize();
                var settings = new ScaleSettings(generator, ScaleSettings.parseFactors(o.getOrDefault("factors", "1,3,10")),
                        Path.of(o.getOrDefault("data-root", "bench/data/scale")), o.getOrDefault("heap", "2g"),
                        o.get("page-cache"));
                var options = new ScaleCurve.Options(repo,
                        o.containsKey("service-jar") ? Path.of(o.get("service-jar")) : serviceJar(repo),
                        Path.of(o.getOrDefault("results", "bench/results")), settings,
                        Integer.parseInt(o.getOrDefault("clients", "8")),
                        Double.parseDouble(o.getOrDefault("warmup", "60")),
                        Double.parseDouble(o.getOrDefault("duration", "30")),
                        Integer.parseInt(o.getOrDefault("http-port", "18083")),
                        Integer.parseInt(o.getOrDefault("bolt-port", "17683")), java.util.Arrays.asList(args));
                new ScaleCurve(options, System.out).run();
            }
            case "serve" -> {
                Path repo = Path.of(o.getOrDefault("repo", ".")).toAbsolutePath().normalize();
                var settings = new ScaleSettings(generator, java.util.List.of(Integer.parseInt(o.getOrDefault("factor", "1"))),
                        Path.of(o.getOrDefault("data-root", "bench/data/scale")), o.getOrDefault("heap", "2g"),
                        o.get("page-cache"));
                StandingService.serve(settings, settings.factors().getFirst(),
                        o.containsKey("service-jar") ? Path.of(o.get("service-jar")) : serviceJar(repo), repo,
                        Integer.parseInt(o.getOrDefault("http-port", "18083")),
                        Integer.parseInt(o.getOrDefault("bolt-port", "17683")), System.out);
            }
            case "import-generated" -> {
                try (GraphTarget target = GraphTarget.open(o.get("uri"),
                        Path.of(o.getOrDefault("data-dir", defaultDataDir.toString())), pageCache)) {
                    long started = System.nanoTime();
                    var report = BenchGraphImport.ensure(target.graph(),
                            new ActivityGenerator(new GraphGenerator(generator), activity), o.containsKey("force"), System.out);
                    System.out.printf("Done in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, report);
                    System.out.println("Offer traffic: " + BenchGraphImport.trafficCounts(target.graph()));
                }
            }
            case "metrics" -> {
                Path repo = Path.of(o.getOrDefault("repo", ".")).toAbsolutePath().normalize();
                var options = new MetricsBenchmark.Options(repo,
                        Path.of(o.getOrDefault("data-dir", defaultDataDir.toString())),
                        o.containsKey("service-jar") ? Path.of(o.get("service-jar")) : serviceJar(repo),
                        o.containsKey("compare-jar") ? Path.of(o.get("compare-jar")) : null,
                        Path.of(o.getOrDefault("results", "bench/results")),
                        new ActivityGenerator(new GraphGenerator(generator), activity),
                        Integer.parseInt(o.getOrDefault("runs", "10")),
                        Integer.parseInt(o.getOrDefault("rounds", "2")),
                        Double.parseDouble(o.getOrDefault("warmup", "30")),
                        Double.parseDouble(o.getOrDefault("duration", "30")),
                        Integer.parseInt(o.getOrDefault("http-port", "18083")),
                        Integer.parseInt(o.getOrDefault("bolt-port", "17683")),
                        o.getOrDefault("heap", "2g"), pageCache);
                new MetricsBenchmark(options, System.out).run();
            }
            case "import-history" -> {
                Path csv = Path.of(require(o, "csv"));
                if (!Files.isRegularFile(csv)) {
                    System.err.println("No such file: " + csv.toAbsolutePath()
                            + " (the groceries history is ../shared/datasets/groceries/Groceries_dataset.csv from a clone of the repository;"
                            + " time-import-history generates a large one)");
                    System.exit(66);
                }
                HistoryImportTiming.importHistory(o.get("uri"), Path.of(o.getOrDefault("data-dir", "data/neo4j")),
                        pageCache, csv, importOptions(o), o.containsKey("transactional"), System.out);
            }
            case "time-import-history" -> {
                HistorySettings history = historySettings(o);
                Path csv = Path.of(o.getOrDefault("csv", "bench/data/history-seed%d-%dl.csv".formatted(history.seed(),
                        history.lines())));
                if (!Files.isRegularFile(csv)) {
                    new HistoryGenerator(history).write(csv);
                    System.out.println("Generated " + csv + ": " + history);
                }
                Path dataDir = Path.of(o.getOrDefault("data-dir", "bench/target/import-history-timing"));
                HistoryImportTiming.freshDirectory(dataDir);
                HistoryImportTiming.importHistory(null, dataDir, pageCache, csv, importOptions(o),
                        o.containsKey("transactional"), System.out);
            }
            case "generate-history" -> {
                HistorySettings history = historySettings(o);
                Path out = Path.of(o.getOrDefault("out", "bench/data/history-seed%d-%dl.csv".formatted(history.seed(),
                        history.lines())));
                long started = System.nanoTime();
                new HistoryGenerator(history).write(out);
                System.out.printf("Wrote %s in %.1f s: %s%n", out, (System.nanoTime() - started) / 1e9, history);
            }
            case "backtest" -> {
                Path repo = Path.of(o.getOrDefault("repo", ".")).toAbsolutePath().normalize();
                if (o.containsKey("split-date") == o.containsKey("leave-last")) {
                    throw new IllegalArgumentException("backtest needs either --split-date YYYY-MM-DD or --leave-last");
                }
                Path csv = Path.of(require(o, "csv"));
                if (!Files.isRegularFile(csv)) {
                    System.err.println("No such file: " + csv.toAbsolutePath());
                    System.exit(66);
                }
                var options = new Backtest.Options(repo,
                        Path.of(o.getOrDefault("runs", repo.resolve("bench/target/backtest").toString())), csv,
                        o.containsKey("split-date") ? LocalDate.parse(o.get("split-date")) : null,
                        o.containsKey("leave-last"), o.containsKey("catalog") ? Path.of(o.get("catalog")) : null,
                        Integer.parseInt(o.getOrDefault("limit", "10")),
                        Integer.parseInt(o.getOrDefault("min-baskets", String.valueOf(PurchaseHistoryImport.Options.DEFAULTS.minBaskets()))),
                        o.containsKey("service-jar") ? Path.of(o.get("service-jar")) : serviceJar(repo),
                        Integer.parseInt(o.getOrDefault("clients", "4")), o.getOrDefault("heap", "1g"),
                        o.getOrDefault("page-cache", "256m"), java.util.Arrays.asList(args));
                new Backtest(options, System.out).run();
            }
            case "reload-compile" -> {
                Path repo = Path.of(o.getOrDefault("repo", ".")).toAbsolutePath().normalize();
                ReloadMeasurement.run(repo.resolve("rules"), Integer.parseInt(o.getOrDefault("reload-rules", "1000")),
                        Benchmark.categories(generator.products()), Integer.parseInt(o.getOrDefault("rounds", "6")),
                        Integer.parseInt(o.getOrDefault("busy-threads", "0")));
            }
            default -> {
                usage();
                System.exit(64);
            }
        }
    }

    private static PurchaseHistoryImport.Options importOptions(Map<String, String> o) {
        var defaults = PurchaseHistoryImport.Options.DEFAULTS;
        return new PurchaseHistoryImport.Options(o.getOrDefault("customer-prefix", defaults.customerPrefix()),
                o.getOrDefault("sku-prefix", defaults.skuPrefix()),
                Integer.parseInt(o.getOrDefault("min-baskets", String.valueOf(defaults.minBaskets()))),
                Integer.parseInt(o.getOrDefault("writers", String.valueOf(defaults.writers()))));
    }

    private static HistorySettings historySettings(Map<String, String> o) {
        HistorySettings defaults = HistorySettings.groceriesAtScale(Long.parseLong(o.getOrDefault("seed", "42")));
        HistorySettings settings = defaults.withLines(Integer.parseInt(o.getOrDefault("lines", String.valueOf(defaults.lines()))))
                .withMembers(Integer.parseInt(o.getOrDefault("members", String.valueOf(defaults.members()))))
                .withItems(Integer.parseInt(o.getOrDefault("items", String.valueOf(defaults.items()))));
        return o.containsKey("baskets") ? settings.withBaskets(Integer.parseInt(o.get("baskets"))) : settings;
    }

    private static Path serviceJar(Path repo) throws Exception {
        try (Stream<Path> jars = Files.list(repo.resolve("service/target"))) {
            return jars.filter(p -> p.getFileName().toString().matches("crosswise-service-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no service/target/crosswise-service-*-exec.jar: run ./mvnw -B package -DskipTests"));
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            String name = args[i].substring(2);
            String value = i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true";
            options.put(name, value);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
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
