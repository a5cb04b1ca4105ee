package dev.crosswise.bench.scale;

import dev.crosswise.bench.Benchmark;
import dev.crosswise.bench.KeepAliveHttp;
import dev.crosswise.bench.LoadRun;
import dev.crosswise.bench.Machine;
import dev.crosswise.bench.ResultsFile;
import dev.crosswise.bench.ServiceProcess;
import dev.crosswise.bench.generator.CustomerRows;
import dev.crosswise.bench.generator.GeneratorSettings;
import dev.crosswise.bench.generator.GraphGenerator;
import dev.crosswise.decision.CustomerContextReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

/**
 * {@code bench/run.sh scale}: the benchmark's {@code whatNext} at several sizes of the generated graph (1x, 3x, 10x
 * by default), each size imported into its own data directory (Neo4j's offline importer, reused afterwards), the
 * service started on it as its own process, then per size: {@code whatNext} over HTTP with 1 and 8 clients, the
 * peer's plain Cypher with 8 clients, the service's memory, the store's size, and {@code PROFILE} of the decision's
 * customer read and of the peer's query for one typical customer — the same customer at every size, since customer
 * {@code i} is generated alike whatever the graph's size. Writes {@code bench/results/<timestamp>-scale.json},
 * {@code .md} and {@code .png} (rewritten after each size, so a run stopped half-way keeps what it measured).
 */
public final class ScaleCurve {

    /**
     * @param repo       the checkout: its {@code rules/} for the service
     * @param settings   sizes, data directories, heap and page cache
     * @param clients    the loaded steps' clients (8: the benchmark's)
     * @param warmupSeconds the shared warm-up of each size (JIT, page cache, plans); each step warms up 3 s more
     * @param seconds    each step's measured time
     */
    public record Options(Path repo, Path serviceJar, Path resultsDir, ScaleSettings settings, int clients,
                          double warmupSeconds, double seconds, int httpPort, int boltPort, List<String> commandLine) {
    }

    /** Customers the load asks about at each size: a seeded sample of that size's customers. */
    static final int SAMPLE = 20_000;

    private final Options options;
    private final PrintStream out;
    private final List<String> report = new ArrayList<>();

    public ScaleCurve(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public Path run() throws Exception {
        String stamp = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        ScaleSettings settings = options.settings();
        Path runDir = settings.dataRoot().resolve("runs").resolve(stamp);
        Files.createDirectories(runDir);
        Files.createDirectories(options.resultsDir());
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("timestamp", stamp + "Z");
        results.put("commandLine", String.join(" ", options.commandLine()));
        results.put("machine", Machine.describe(options.settings().heap()));
        say("Machine: " + results.get("machine"));
        String typical = typicalCustomer(settings.base());
        results.put("typicalCustomer", typical);
        List<ScalePoint> points = new ArrayList<>();
        results.put("sizes", points);

        for (int factor : settings.factors()) {
            GeneratorSettings graph = settings.graphAt(factor);
            Path dataDir = settings.dataDirAt(factor);
            say("== %d×: %s in %s".formatted(factor, graph.key(), dataDir));
            SizeImport imported = SizeImport.ensure(settings, factor, out);
            report.add("%d×: import %s, %.1f s: %s".formatted(factor, imported.mode(), imported.seconds(), imported.counts()));
            long storeBytes = SizeImport.bytesUnder(SizeImport.storeOf(dataDir));
            String pageCache = settings.pageCacheFor(storeBytes);
            say("%d×: store %,d MiB on disk; service heap %s, page cache %s".formatted(factor, storeBytes >> 20,
                    settings.heap(), pageCache));
            points.add(measure(factor, graph, dataDir, imported, storeBytes, pageCache, typical, runDir));
            // on a shared machine, what else ran decides the latencies as much as the graph: say it beside them
            say("%d×: load average after the size: %s".formatted(factor, Machine.loadAverage()));
            write(results, points, stamp);
        }
        results.put("loadAverageAtEnd", Machine.loadAverage());
        Path json = write(results, points, stamp);
        say("Results: " + json + " (and .md, .png; service logs in " + runDir + ")");
        return json;
    }

    private ScalePoint measure(int factor, GeneratorSettings graph, Path dataDir, SizeImport imported, long storeBytes,
                               String pageCache, String typical, Path runDir) throws Exception {
        var service = new ServiceProcess.Settings(options.serviceJar(), dataDir, options.repo().resolve("rules"),
                options.httpPort(), options.boltPort(), options.settings().heap(), pageCache, null);
        List<String> customers = Benchmark.sample(graph, SAMPLE);
        String at = GeneratorSettings.REFERENCE.toString();
        List<byte[]> bodies = customers.stream().map(id -> ("{\"query\":\"" + Benchmark.WHAT_NEXT
                + "\",\"variables\":{\"id\":\"" + id + "\",\"at\":\"" + at + "\"}}").getBytes(StandardCharsets.UTF_8)).toList();
        long starting = System.nanoTime();
        say("Service: starting (heap %s, page cache %s)".formatted(options.settings().heap(), pageCache));
        try (ServiceProcess process = ServiceProcess.start(service, runDir.resolve("service-" + factor + "x.log"));
             Driver driver = GraphDatabase.driver(URI.create("bolt://localhost:" + options.boltPort()), AuthTokens.none(),
                     Config.builder().withMaxConnectionPoolSize(Math.max(16, options.clients() * 2)).build());
             KeepAliveHttp http = new KeepAliveHttp(URI.create("http://localhost:" + options.httpPort()),
                     List.of("Content-Type: application/json", "X-API-Key: " + ServiceProcess.API_KEY))) {
            say("Service: healthy after %.1f s".formatted((System.nanoTime() - starting) / 1e9));
            LoadRun.Call whatNext = seq -> {
                KeepAliveHttp.Answer answer = http.post("/graphql", bodies.get((int) (seq % bodies.size())));
                return answer.status() == 200 && answer.startsWith("{\"data\":{\"whatNext\"")
                        && !answer.text().contains("\"errors\"");
            };
            var read = QueryConfig.builder().withRouting(RoutingControl.READ).build();
            var atTime = GeneratorSettings.REFERENCE.atZone(ZoneOffset.UTC);
            LoadRun.Call peer = seq -> {
                driver.executableQuery(Benchmark.PEER_QUERY).withParameters(Map.of("customerId",
                        customers.get((int) (seq % customers.size())), "at", atTime)).withConfig(read).execute();
                return true;
            };

            LoadRun.run("warm-up", options.clients(), 0, options.warmupSeconds(), whatNext);
            settleJit(factor, process, whatNext);
            LoadRun.run("warm-up peer", options.clients(), 0, Math.max(2, options.warmupSeconds() / 6), peer);
            var single = step(process, "%d×: whatNext (HTTP, 1 client)".formatted(factor), 1, whatNext);
            var loaded = step(process, "%d×: whatNext (HTTP, %d clients)".formatted(factor, options.clients()),
                    options.clients(), whatNext);
            var peerLoaded = step(process, "%d×: peer: pure Cypher (Bolt, %d clients)".formatted(factor, options.clients()),
                    options.clients(), peer);
            long heapUsed = process.heapUsedBytes();
            long resident = process.residentBytes();
            long heapLive = process.heapLiveBytes();
            say("%d×: service heap used %,d MiB (%,d MiB after a full collection), RSS %,d MiB".formatted(factor,
                    heapUsed >> 20, heapLive >> 20, resident >> 20));

            var customerRead = QueryProfile.of(driver, CustomerContextReader.CONTEXT_QUERY,
                    CustomerContextReader.parameters(typical, GeneratorSettings.REFERENCE, Set.of(), null));
            var peerQuery = QueryProfile.of(driver, Benchmark.PEER_QUERY, Map.of("customerId", typical, "at", atTime));
            say("%d×: PROFILE for %s: customer read %,d db hits, %,d rows; peer %,d db hits, %,d rows".formatted(factor,
                    typical, customerRead.dbHits(), customerRead.rows(), peerQuery.dbHits(), peerQuery.rows()));
            return new ScalePoint(factor, graph.customers(), imported.counts(), imported.mode(), imported.seconds(),
                    storeBytes, pageCache, options.settings().heap(), heapUsed, heapLive, resident, single, loaded,
                    peerLoaded, customerRead, peerQuery);
        }
    }

    /**
     * As the benchmark does: 10 s more of load at a time until the service's JIT compilers use less than 5 % of a
     * core (at most {@link Benchmark#JIT_SETTLING_WINDOWS} windows), so that every size, each in a fresh service, is
     * measured compiled, not compiling.
     */
    private void settleJit(int factor, ServiceProcess service, LoadRun.Call whatNext) {
        List<Double> shares = Benchmark.untilTheJitSettles(service, options.clients(), whatNext);
        say("%d×: JIT: %d s more warm-up; share of a core compiling per 10 s window: %s".formatted(factor,
                shares.size() * 10, shares));
    }

    private ScalePoint.Step step(ServiceProcess service, String name, int clients, LoadRun.Call call) {
        double cpuBefore = service.cpuMillis();
        long clientCpuBefore = Machine.ownCpuNanos();
        LoadRun.Figures f = LoadRun.run(name, clients, Math.min(3, options.warmupSeconds()), options.seconds(), call)
                .withCpu(service.cpuMillis() - cpuBefore, (Machine.ownCpuNanos() - clientCpuBefore) / 1e6);
        say(f.line());
        return new ScalePoint.Step(f.clients(), f.calls(), f.failures(), f.p50Ms(), f.p95Ms(), f.p99Ms(), f.maxMs(),
                f.perSecond(), f.serviceCpuMsPerCall());
    }

    /** The JSON, the Markdown and the plot of what is measured so far; returns the JSON's path. */
    private Path write(Map<String, Object> results, List<ScalePoint> points, String stamp) throws IOException {
        results.put("latencyGrowthSingleClient", ScaleReport.latencyGrowth(points, false));
        results.put("latencyGrowthLoaded", ScaleReport.latencyGrowth(points, true));
        results.put("report", report);
        Path json = ResultsFile.write(options.resultsDir().resolve(stamp + "-scale.json"), results);
        String title = "whatNext against the graph's size (run %s)".formatted(stamp);
        List<String> preamble = List.of("`%s`".formatted(results.get("commandLine")),
                "Machine: " + results.get("machine"),
                "Per size: the base graph's customers times the factor (OWNS, signals and exposures per customer), "
                        + "the catalog fixed; service heap " + options.settings().heap() + ", page cache "
                        + (options.settings().pageCache() == null ? "sized after each store" : options.settings().pageCache())
                        + "; warm-up %.0f s, then %.0f s per step.".formatted(options.warmupSeconds(), options.seconds()),
                "Typical customer (median products owned in the base graph; the same at every size): `"
                        + results.get("typicalCustomer") + "`.");
        Files.writeString(options.resultsDir().resolve(stamp + "-scale.md"), ScaleReport.markdown(title, preamble, points));
        ScaleReport.plot(title, points, options.resultsDir().resolve(stamp + "-scale.png"), 1200, 900);
        return json;
    }

    /**
     * The customer whose PROFILE the report shows: of the base graph's first thousand customers, the first who owns
     * the median number of products and has recent signals, so the read walks every part of a context.
     */
    static String typicalCustomer(GeneratorSettings base) {
        GraphGenerator generator = new GraphGenerator(base.withCustomers(Math.min(base.customers(), 1_000)));
        int customers = generator.settings().customers();
        List<CustomerRows> rows = IntStream.range(0, customers).mapToObj(generator::customer).toList();
        int median = rows.stream().map(r -> r.owns().size()).sorted().toList().get(customers / 2);
        return rows.stream().filter(r -> r.owns().size() == median)
                .filter(r -> r.events().stream().anyMatch(e -> !"PURCHASE".equals(((Map<?, ?>) e.get("props")).get("type"))))
                .findFirst().or(() -> rows.stream().filter(r -> r.owns().size() == median).findFirst())
                .map(r -> (String) r.customer().get("id")).orElseThrow();
    }

    private void say(String line) {
        out.println(line);
        report.add(line);
    }
}
