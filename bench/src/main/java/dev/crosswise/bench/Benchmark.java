package dev.crosswise.bench;

import dev.crosswise.bench.generator.GeneratorSettings;
import dev.crosswise.bench.generator.GraphGenerator;
import dev.crosswise.bench.generator.ActivityGenerator;
import dev.crosswise.bench.generator.ActivitySettings;
import dev.crosswise.bench.load.BenchGraphImport;
import dev.crosswise.decision.CustomerContextReader;
import dev.crosswise.decision.CypherTraversals;
import dev.crosswise.graph.Graph;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

/**
 * The benchmark, end to end: generate and import the large graph (or reuse it), start the service on it as its own
 * process, then measure in one run what the budgets of docs/architecture.md are about. Every figure goes to
 * {@code bench/results/<timestamp>.json}.
 */
public final class Benchmark {

    /** The peer: what a user would write in plain Cypher from Neo4j's recommendation examples (co-purchase, not owned). */
    public static final String PEER_QUERY = """
            MATCH (c:Customer {id: $customerId})-[o:OWNS]->(:Product)-[bw:BOUGHT_WITH]->(rec:Product)
            WHERE o.at <= $at AND NOT (c)-[:OWNS]->(rec)
            RETURN rec.sku AS sku, rec.name AS name, sum(bw.lift) AS score
            ORDER BY score DESC LIMIT 5""";

    public static final String WHAT_NEXT = "query WhatNext($id: ID!, $at: DateTime) { whatNext(customerId: $id, at: $at, limit: 5) "
            + "{ id rulesVersion actions { rank product { sku name price } strategy moment channel score message "
            + "reasons { rule kind text path } } suppressed { product { sku } strategy rule reason } } }";

    /**
     * @param clients           the loaded steps' concurrent clients: latency under load, floor and peer beside it
     * @param capacityClients   clients of the capacity step, enough to keep the cores busy: a closed loop of a few
     *                          clients leaves cores idle while each decision's hand-offs (HTTP, the shared round trip,
     *                          Bolt's threads) wait, so their throughput is not the service's
     */
    public record Options(Path repo, Path dataDir, Path serviceJar, Path resultsDir, GeneratorSettings generator, int clients,
                   int capacityClients, double warmupSeconds, double seconds, int httpPort, int boltPort, String heap,
                   String pageCache, int reloadRules, boolean jfr, long batchCustomers, ActivitySettings activity) {
    }

    /** At most this many 10 s windows of extra warm-up while the JIT is still busy. */
    public static final int JIT_SETTLING_WINDOWS = 18;

    private final Options options;
    private final PrintStream out;
    private final List<String> report = new ArrayList<>();

    public Benchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public Path run() throws Exception {
        String stamp = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path runDir = options.dataDir().resolveSibling(options.dataDir().getFileName() + "-runs").resolve(stamp);
        Files.createDirectories(runDir);
        Files.createDirectories(options.resultsDir());
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("timestamp", stamp + "Z");
        results.put("machine", Machine.describe(options.heap()));
        say("Machine: " + results.get("machine"));

        // 1. The graph: imported once per data directory, reused afterwards.
        GraphGenerator generator = new GraphGenerator(options.generator());
        Map<String, Object> graph;
        try (GraphTarget target = GraphTarget.open(null, options.dataDir(), options.pageCache())) {
            graph = BenchGraphImport.ensure(target.graph(), new ActivityGenerator(generator, options.activity()), false, out);
            graph.put("dataDir", options.dataDir().toAbsolutePath().toString());
            graph.put("counts", counts(target));
        }
        say("Graph: " + graph.get("counts"));
        results.put("graph", graph);

        // 2. The service, on a copy of rules/ that the reload step can add to.
        Path rulesDir = runDir.resolve("rules");
        copyTree(options.repo().resolve("rules"), rulesDir);
        var settings = new ServiceProcess.Settings(options.serviceJar(), options.dataDir(), rulesDir, options.httpPort(),
                options.boltPort(), options.heap(), options.pageCache(),
                options.jfr() ? runDir.resolve("service.jfr") : null);
        List<String> customers = sample(options.generator(), 20_000);
        String at = GeneratorSettings.REFERENCE.toString();
        List<byte[]> bodies = customers.stream().map(id -> ("{\"query\":\"" + WHAT_NEXT + "\",\"variables\":{\"id\":\""
                + id + "\",\"at\":\"" + at + "\"}}").getBytes(StandardCharsets.UTF_8)).toList();
        Map<String, Object> figures = new LinkedHashMap<>();
        results.put("figures", figures);
        Map<String, Object> reload = new LinkedHashMap<>();

        say("Service: starting " + options.serviceJar().getFileName() + " (embedded Neo4j, seed off, heap "
                + options.heap() + ", page cache " + options.pageCache() + ")");
        long startedAt = System.nanoTime();
        try (ServiceProcess service = ServiceProcess.start(settings, runDir.resolve("service.log"));
             Driver driver = GraphDatabase.driver(URI.create("bolt://localhost:" + options.boltPort()), AuthTokens.none(),
                     Config.builder().withMaxConnectionPoolSize(Math.max(16, options.clients() * 2)).build());
             KeepAliveHttp load = new KeepAliveHttp(URI.create("http://localhost:" + options.httpPort()),
                     List.of("Content-Type: application/json", "X-API-Key: " + ServiceProcess.API_KEY))) {
            say("Service: healthy after %.1f s".formatted((System.nanoTime() - startedAt) / 1e9));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            URI graphql = URI.create("http://localhost:" + options.httpPort() + "/graphql");
            LoadRun.Call whatNext = seq -> {
                KeepAliveHttp.Answer answer = load.post("/graphql", bodies.get((int) (seq % bodies.size())));
                return answer.status() == 200 && answer.startsWith("{\"data\":{\"whatNext\"")
                        && !answer.text().contains("\"errors\"");
            };
            QueryConfig read = QueryConfig.builder().withRouting(RoutingControl.READ).build();
            var atTime = GeneratorSettings.REFERENCE.atZone(ZoneOffset.UTC);
            // the floor: everything a decision looks at, read by the traversals in Cypher (CypherTraversals);
            // beside it what the service itself reads from Neo4j, the customer's side (the rest it walks in memory).
            // Both in one round trip, as the service reads (Graph.readAutoCommit).
            Graph bolt = new Graph(driver, QueryConfig.defaultConfig(), null);
            LoadRun.Call floor = contextRead(bolt, CypherTraversals.CONTEXT_QUERY, customers);
            LoadRun.Call customerRead = contextRead(bolt, CustomerContextReader.CONTEXT_QUERY, customers);
            LoadRun.Call peer = seq -> {
                driver.executableQuery(PEER_QUERY)
                        .withParameters(Map.of("customerId", customers.get((int) (seq % customers.size())), "at", atTime))
                        .withConfig(read).execute();
                return true;
            };

            // A shared warm-up of every path (JIT, page cache, query plans), then each measurement with its own warm-up.
            LoadRun.run("warm-up", options.clients(), 0, options.warmupSeconds(), whatNext);
            results.put("jitSettling", settleJit(service, whatNext));
            LoadRun.run("warm-up floor", options.clients(), 0, Math.max(2, options.warmupSeconds() / 3), floor);

            var single = measure(service, figures, "whatNext (HTTP, 1 client)", 1, whatNext);
            var readsBefore = service.metric(READ_BATCH_METRIC);
            var loaded = measure(service, figures, "whatNext (HTTP, " + options.clients() + " clients)", options.clients(), whatNext);
            double readsPerRoundTrip = readsPerRoundTrip(readsBefore, service.metric(READ_BATCH_METRIC));
            results.put("readsPerRoundTripLoaded", readsPerRoundTrip);
            say("  customer reads per round trip to Neo4j with " + options.clients() + " clients: "
                    + (Double.isNaN(readsPerRoundTrip) ? "not measured" : String.format(Locale.ROOT, "%.2f", readsPerRoundTrip)));
            measure(service, figures, capacityStep(), options.capacityClients(), whatNext);
            var floorSingle = measure(service, figures, "floor: context read (Bolt, 1 client)", 1, floor);
            var floorLoaded = measure(service, figures, "floor: context read (Bolt, " + options.clients() + " clients)", options.clients(), floor);
            measure(service, figures, "the service's own read: customer side (Bolt, 1 client)", 1, customerRead);
            var peerLoaded = measure(service, figures, "peer: pure Cypher (Bolt, " + options.clients() + " clients)", options.clients(), peer);
            Map<String, Object> ratios = new LinkedHashMap<>();
            ratios.put("decisionOverFloorP50SingleClient", ratio(single.p50Ms(), floorSingle.p50Ms()));
            ratios.put("decisionOverFloorP50Loaded", ratio(loaded.p50Ms(), floorLoaded.p50Ms()));
            ratios.put("floorOverDecisionThroughput", ratio(floorLoaded.perSecond(), loaded.perSecond()));
            ratios.put("decisionOverFloorServiceCpu", ratio(loaded.serviceCpuMsPerCall(), floorLoaded.serviceCpuMsPerCall()));
            ratios.put("decisionOverPeerP50Loaded", ratio(loaded.p50Ms(), peerLoaded.p50Ms()));
            ratios.put("peerOverDecisionThroughput", ratio(peerLoaded.perSecond(), loaded.perSecond()));
            results.put("ratios", ratios);
            say("Ratios: " + ratios);

            reload.putAll(reloadUnderLoad(http, graphql, rulesDir, whatNext, runDir.resolve("service.log")));
            results.put("reload", reload);
        }

        // 3. Batch scoring: the same jar as a campaign export job on the same graph (the service above has stopped).
        Files.deleteIfExists(rulesDir.resolve("bench").resolve("levers.drl"));
        say("Batch: campaign export of " + (options.batchCustomers() > 0 ? "the first " + options.batchCustomers()
                + " customers" : "every customer") + " (CROSSWISE_CAMPAIGN_EXPORT)");
        Machine.CpuTimes machineBefore = Machine.CpuTimes.now();
        var campaign = ServiceProcess.campaign(settings, runDir.resolve("campaign.csv"), at,
                options.batchCustomers(), runDir.resolve("campaign.log"));
        Machine.CpuTimes machineAfter = Machine.CpuTimes.now();
        double stolen = machineAfter.stolenShareSince(machineBefore);
        double idle = machineAfter.idleShareSince(machineBefore);
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("customers", campaign.customers());
        batch.put("actions", campaign.actions());
        batch.put("failed", campaign.failed());
        batch.put("seconds", campaign.seconds());
        batch.put("decisionsPerSecond", campaign.decisionsPerSecond());
        batch.put("cpuMsPerDecision", campaign.cpuMsPerDecision());
        batch.put("processSecondsIncludingStartup", campaign.processSeconds());
        batch.put("stolenShare", stolen);
        batch.put("idleShare", idle);
        batch.put("csv", runDir.resolve("campaign.csv").toString());
        results.put("batch", batch);
        say("Batch: %,d customers, %,d actions, %d failed in %.1f s = %.0f decisions/s, %.2f ms CPU per decision (process %.1f s with start-up, stolen %.0f %%, idle %.0f %%)"
                .formatted(campaign.customers(), campaign.actions(), campaign.failed(), campaign.seconds(),
                        campaign.decisionsPerSecond(), campaign.cpuMsPerDecision(), campaign.processSeconds(), stolen * 100, idle * 100));

        results.put("budgets", budgets(figures, results, reload, batch));
        results.put("loadAverageAtEnd", Machine.loadAverage());
        results.put("report", report);
        Path file = options.resultsDir().resolve(stamp + ".json");
        ResultsFile.write(file, results);
        say("Results: " + file + " (logs, JFR and campaign CSV in " + runDir + ")");
        return file;
    }

    /** One customer's context read with {@code cypher}, customer after customer, with the service's parameters. */
    private static LoadRun.Call contextRead(Graph graph, String cypher, List<String> customers) {
        return seq -> !graph.readAutoCommit(cypher, CustomerContextReader.parameters(
                customers.get((int) (seq % customers.size())), GeneratorSettings.REFERENCE, Set.of(), null)).isEmpty();
    }

    /**
     * Keeps the load on, 10 s at a time, until the service's JIT compilers use less than 5 % of a core (at most
     * {@link #JIT_SETTLING_WINDOWS} windows): on two cores the compilers of a large application keep optimising
     * the request path for minutes, and figures taken meanwhile measure the JIT, not the service.
     */
    private Map<String, Object> settleJit(ServiceProcess service, LoadRun.Call whatNext) {
        Map<String, Object> settling = new LinkedHashMap<>();
        List<Double> jitShare = untilTheJitSettles(service, options.clients(), whatNext);
        settling.put("extraWarmupSeconds", jitShare.size() * 10);
        settling.put("jitShareOfACorePerWindow", jitShare);
        say("JIT: " + jitShare.size() * 10 + " s more warm-up; share of a core spent compiling per 10 s window: " + jitShare);
        return settling;
    }

    /**
     * {@code clients} clients' load, 10 s at a time, until the service's JIT compilers use less than 5 % of a core or
     * {@link #JIT_SETTLING_WINDOWS} windows have passed; the share of a core they used in each window.
     */
    public static List<Double> untilTheJitSettles(ServiceProcess service, int clients, LoadRun.Call whatNext) {
        List<Double> shares = new ArrayList<>();
        for (int window = 0; window < JIT_SETTLING_WINDOWS; window++) {
            double before = service.jitMillis();
            long started = System.nanoTime();
            LoadRun.run("warm-up until the JIT settles", clients, 0, 10, whatNext);
            double share = (service.jitMillis() - before) / ((System.nanoTime() - started) / 1e6);
            if (Double.isNaN(share)) {
                break;
            }
            shares.add(Math.round(share * 1000) / 1000.0);
            if (share < 0.05) {
                break;
            }
        }
        return shares;
    }

    /** Decisions' customer reads per round trip (the service's {@code SharedRoundTrips}). */
    static final String READ_BATCH_METRIC = "crosswise.decision.read.batch";

    /** Reads per round trip between two readings of {@link #READ_BATCH_METRIC}; NaN when the service has no such metric. */
    static double readsPerRoundTrip(Map<String, Double> before, Map<String, Double> after) {
        double roundTrips = after.getOrDefault("COUNT", Double.NaN) - before.getOrDefault("COUNT", 0.0);
        double reads = after.getOrDefault("TOTAL", Double.NaN) - before.getOrDefault("TOTAL", 0.0);
        return roundTrips > 0 ? Math.round(reads / roundTrips * 100) / 100.0 : Double.NaN;
    }

    private LoadRun.Figures measure(ServiceProcess service, Map<String, Object> figures, String name, int clients,
                                    LoadRun.Call call) {
        double cpuBefore = service.cpuMillis();
        long clientCpuBefore = Machine.ownCpuNanos();
        LoadRun.Figures f = LoadRun.run(name, clients, Math.min(3, options.warmupSeconds()), options.seconds(), call)
                .withCpu(service.cpuMillis() - cpuBefore, (Machine.ownCpuNanos() - clientCpuBefore) / 1e6);
        figures.put(name, f);
        say(f.line());
        return f;
    }

    private Map<String, Object> reloadUnderLoad(HttpClient http, URI graphql, Path rulesDir, LoadRun.Call whatNext,
                                                Path serviceLog)
            throws IOException, InterruptedException {
        Map<String, Object> reload = new LinkedHashMap<>();
        String probe = http.send(HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                .header("X-API-Key", ServiceProcess.API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(RuleReload.PROBE)).build(), HttpResponse.BodyHandlers.ofString()).body();
        if (!RuleReload.available(probe)) {
            say("reload: not available in this build");
            reload.put("available", false);
            return reload;
        }
        RuleReload.writeLevers(rulesDir, options.reloadRules(), categories(options.generator().products()));
        double loadSeconds = 20;
        CompletableFuture<LoadRun.Figures> load = CompletableFuture.supplyAsync(() ->
                LoadRun.run("whatNext during reload", options.clients(), 0, loadSeconds, whatNext));
        Thread.sleep(3_000);
        long started = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                .header("X-API-Key", ServiceProcess.API_KEY)
                .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofString(RuleReload.MUTATION)).build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;
        LoadRun.Figures during = load.join();
        // a rejected change answers too, with the old version and a lastError: that is a failed reload, not a swap
        boolean ok = answer.statusCode() == 200 && answer.body().contains("\"version\"")
                && answer.body().contains("\"lastError\":null") && !answer.body().contains("\"errors\"");
        reload.put("available", true);
        reload.put("extraRules", options.reloadRules());
        reload.put("seconds", seconds);
        reload.put("succeeded", ok);
        reload.put("answer", answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body());
        reload.put("failedRequests", during.failures());
        reload.put("duringReload", during);
        say("reload: %d extra rules swapped in %.2f s (%s); failed requests during the swap: %d of %,d"
                .formatted(options.reloadRules(), seconds, ok ? "ok" : "FAILED: " + reload.get("answer"),
                        during.failures(), during.calls()));
        Map<String, Long> steps = ReloadSteps.lastIn(Files.readString(serviceLog));
        if (ok && !steps.isEmpty()) {
            reload.put("serviceSteps", steps);
            say("reload in the service (ms): " + steps);
        }
        say(during.line());
        return reload;
    }

    /** The leaf categories of a generated catalog of {@code products}: those the reload's levers are about. */
    public static int categories(int products) {
        return Math.min(20, Math.max(1, products / 250)) * 5;
    }

    private String capacityStep() {
        return "whatNext (HTTP, " + options.capacityClients() + " clients: capacity)";
    }

    private Map<String, Object> budgets(Map<String, Object> figures, Map<String, Object> results,
                                        Map<String, Object> reload, Map<String, Object> batch) {
        LoadRun.Figures single = (LoadRun.Figures) figures.get("whatNext (HTTP, 1 client)");
        LoadRun.Figures loaded = (LoadRun.Figures) figures.get("whatNext (HTTP, " + options.clients() + " clients)");
        @SuppressWarnings("unchecked")
        Map<String, Object> ratios = (Map<String, Object>) results.get("ratios");
        Map<String, Object> budgets = new LinkedHashMap<>();
        budget(budgets, "p50 <= 5 ms (1 client)", single.p50Ms(), single.p50Ms() <= 5);
        budget(budgets, "p99 <= 25 ms (1 client)", single.p99Ms(), single.p99Ms() <= 25);
        budget(budgets, "p50 <= 5 ms (" + options.clients() + " clients)", loaded.p50Ms(), loaded.p50Ms() <= 5);
        budget(budgets, "p99 <= 25 ms (" + options.clients() + " clients)", loaded.p99Ms(), loaded.p99Ms() <= 25);
        LoadRun.Figures capacity = (LoadRun.Figures) figures.get(capacityStep());
        budget(budgets, ">= 1000 decisions/s over HTTP (" + options.capacityClients() + " clients)", capacity.perSecond(),
                capacity.perSecond() >= 1000);
        double overFloor = (double) ratios.get("decisionOverFloorP50SingleClient");
        budget(budgets, "decision <= 2x floor (p50, 1 client)", overFloor, overFloor <= 2);
        double batchRate = (double) batch.get("decisionsPerSecond");
        budget(budgets, "batch >= 1000 customers/s", batchRate, batchRate >= 1000);
        if (Boolean.TRUE.equals(reload.get("available"))) {
            double seconds = (double) reload.get("seconds");
            long failed = (long) reload.get("failedRequests");
            budget(budgets, "reload of " + options.reloadRules() + " rules <= 3 s", seconds, seconds <= 3 && Boolean.TRUE.equals(reload.get("succeeded")));
            budget(budgets, "zero failed requests during reload", failed, failed == 0);
        } else {
            budgets.put("reload", "not available in this build");
        }
        if (!Double.isNaN(loaded.stolenShare())) {
            say("CPU stolen by the hypervisor during the %d-client step: %.0f %% (compare runs where it is low); idle: %.0f %%"
                    .formatted(options.clients(), loaded.stolenShare() * 100, loaded.idleShare() * 100));
        }
        return budgets;
    }

    private void budget(Map<String, Object> budgets, String name, double value, boolean met) {
        budgets.put(name, Map.of("value", Math.round(value * 100) / 100.0, "met", met));
        say("%-40s %10.2f  %s".formatted(name, value, met ? "met" : "MISSED"));
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : Math.round(a / b * 100) / 100.0;
    }

    private static Map<String, Object> counts(GraphTarget target) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String label : List.of("Customer", "Product", "Category", "Family", "Solution", "Event", "Decision", "Response")) {
            counts.put(label, target.graph().read("MATCH (n:" + label + ") RETURN count(n) AS n", Map.of())
                    .records().getFirst().get("n").asLong());
        }
        for (String type : List.of("OWNS", "UPGRADES_TO", "COMPLEMENTS", "BOUGHT_WITH", "NEEDS", "PART_OF", "DID", "OFFERED",
                "ATTRIBUTED_TO")) {
            counts.put(type, target.graph().read("MATCH ()-[r:" + type + "]->() RETURN count(r) AS n", Map.of())
                    .records().getFirst().get("n").asLong());
        }
        return counts;
    }

    /** The customers the load asks about: a seeded random sample, the same every run. */
    public static List<String> sample(GeneratorSettings settings, int size) {
        SplittableRandom rng = new SplittableRandom(settings.seed() + 1);
        List<String> ids = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ids.add(GraphGenerator.customerId(rng.nextInt(settings.customers())));
        }
        return ids;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private void say(String line) {
        out.println(line);
        report.add(line);
    }
}
