package dev.crosswise.bench;

import dev.crosswise.bench.generator.ActivityGenerator;
import dev.crosswise.bench.generator.ActivityRows;
import dev.crosswise.bench.load.ActivityImport;
import dev.crosswise.bench.load.BenchGraphImport;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * What the offers' measurement costs, on the large generated graph with its offer traffic ({@link ActivityImport}):
 * {@code Query.metrics} over the 30 days before the graph's reference time, over HTTP, with and without groups and a
 * daily series; and {@code recordEvent} of purchases of offered products (so attribution has work to do) against a
 * service jar from before attribution ({@code --compare-jar}), each jar on the same graph in alternating rounds,
 * every round in a freshly started service with the same warm-up. Writes {@code bench/results/<timestamp>-metrics.json}.
 */
public final class MetricsBenchmark {

    /** Every field of a {@code Metrics}, as a report's reader would ask. */
    private static final String METRICS_FIELDS = "decisions exposures clicks acceptances dismissals attributedPurchases "
            + "attributedRevenue attributedMargin acceptanceRate { numerator denominator value } "
            + "clickThroughRate { numerator denominator value } conversionRate { numerator denominator value } "
            + "revenuePerDecision medianHoursToSecondaryPurchase categoryExpansionRate { numerator denominator value } "
            + "crossSellAov otherAov returnRateRecommended { numerator denominator value } "
            + "returnRateAll { numerator denominator value } repeatPurchaseShare { numerator denominator value } "
            + "suppressionsByRule { rule count }";
    private static final String METRICS_QUERY = "query Metrics($from: DateTime!, $to: DateTime!, $groupBy: [MetricDimension!], "
            + "$interval: MetricInterval) { metrics(from: $from, to: $to, groupBy: $groupBy, interval: $interval) { "
            + "totals { " + METRICS_FIELDS + " } groups { key metrics { " + METRICS_FIELDS + " } } "
            + "series { start metrics { " + METRICS_FIELDS + " } } "
            + "mostOffered { product { sku } exposures attributedPurchases } "
            + "mostConverting { product { sku } attributedPurchases attributedRevenue } } }";
    private static final String RECORD_EVENT = "mutation Record($input: EventInput!) { recordEvent(input: $input) "
            + "{ duplicate event { id } } }";

    /** The report variants measured: groupBy (JSON list or null) and interval. */
    static final List<String[]> VARIANTS = List.of(
            new String[]{"totals", "null", "null"},
            new String[]{"groupBy STRATEGY", "[\"STRATEGY\"]", "null"},
            new String[]{"interval DAY", "null", "\"DAY\""},
            new String[]{"groupBy STRATEGY, CHANNEL + interval DAY", "[\"STRATEGY\",\"CHANNEL\"]", "\"DAY\""},
            new String[]{"groupBy PRODUCT_CATEGORY", "[\"PRODUCT_CATEGORY\"]", "null"});

    public record Options(Path repo, Path dataDir, Path serviceJar, Path compareJar, Path resultsDir, ActivityGenerator activity,
                   int runs, int rounds, double eventWarmupSeconds, double eventSeconds, int httpPort, int boltPort,
                   String heap, String pageCache) {
    }

    private final Options options;
    private final PrintStream out;
    private final List<String> report = new ArrayList<>();

    public MetricsBenchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public Path run() throws Exception {
        String stamp = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path runDir = options.dataDir().resolveSibling(options.dataDir().getFileName() + "-runs").resolve(stamp + "-metrics");
        Files.createDirectories(runDir);
        Files.createDirectories(options.resultsDir());
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("timestamp", stamp + "Z");
        results.put("machine", Machine.describe(options.heap()));
        say("Machine: " + results.get("machine"));
        try (GraphTarget target = GraphTarget.open(null, options.dataDir(), options.pageCache())) {
            Map<String, Object> graph = BenchGraphImport.ensure(target.graph(), options.activity(), false, out);
            graph.put("counts", BenchGraphImport.trafficCounts(target.graph()));
            say("Graph: " + graph.get("counts"));
            results.put("graph", graph);
        }

        ZonedDateTime to = options.activity().graph().settings().reference().atZone(ZoneOffset.UTC);
        ZonedDateTime from = to.minusDays(30);
        Map<String, Object> metrics = new LinkedHashMap<>();
        results.put("metrics", metrics);
        List<Round> rounds = new ArrayList<>();
        for (int r = 0; r < options.rounds(); r++) {
            rounds.add(new Round(r, "attribution", options.serviceJar()));
            if (options.compareJar() != null) {
                rounds.add(new Round(r, "before attribution", options.compareJar()));
            }
        }
        boolean eventsToo = !rounds.isEmpty(); // --rounds 0: the metrics only, on one start of the service
        if (!eventsToo) {
            rounds.add(new Round(0, "metrics only", options.serviceJar()));
        }
        List<Map<String, Object>> recordEvent = new ArrayList<>();
        results.put("recordEvent", recordEvent);
        List<Map<String, Object>> purchases = eventsToo ? purchasesOfOffered(options.activity(), 200_000) : List.of();
        int perRound = purchases.size() / rounds.size();
        for (int i = 0; i < rounds.size(); i++) {
            Round round = rounds.get(i);
            var settings = new ServiceProcess.Settings(round.jar(), options.dataDir(), rulesOf(round.jar()),
                    options.httpPort(), options.boltPort(), options.heap(), options.pageCache(), null);
            say("Service: starting " + round.jar() + " (" + round.label() + ", round " + (round.index() + 1) + ")");
            try (ServiceProcess service = ServiceProcess.start(settings, runDir.resolve("service-" + i + ".log"));
                 KeepAliveHttp http = new KeepAliveHttp(URI.create("http://localhost:" + options.httpPort()),
                         List.of("Content-Type: application/json", "X-API-Key: " + ServiceProcess.API_KEY),
                         java.time.Duration.ofMinutes(5));
                 Driver bolt = GraphDatabase.driver(URI.create("bolt://localhost:" + options.boltPort()), AuthTokens.none())) {
                if (i == 0 && options.runs() > 0) {
                    measureMetrics(http, from, to, metrics);
                }
                if (!eventsToo) {
                    continue;
                }
                List<Map<String, Object>> slice = purchases.subList(i * perRound, (i + 1) * perRound);
                String prefix = "BENCH-" + stamp + "-" + i + "-";
                LoadRun.Call call = seq -> {
                    Map<String, Object> p = slice.get((int) seq);
                    String body = "{\"query\":\"" + RECORD_EVENT + "\",\"variables\":{\"input\":{\"eventId\":\"" + prefix + seq
                            + "\",\"type\":\"PURCHASE\",\"customerId\":\"" + p.get("customer") + "\",\"sku\":\"" + p.get("sku")
                            + "\",\"orderId\":\"" + prefix + "O" + seq + "\",\"at\":\"" + p.get("at") + "\"}}}";
                    KeepAliveHttp.Answer answer = http.post("/graphql", body.getBytes(StandardCharsets.UTF_8));
                    return answer.status() == 200 && answer.text().contains("\"duplicate\":false")
                            && !answer.text().contains("\"errors\"");
                };
                double cpuBefore = service.cpuMillis();
                long clientBefore = Machine.ownCpuNanos();
                LoadRun.Figures f = LoadRun.run("recordEvent PURCHASE (" + round.label() + ")", 1,
                        options.eventWarmupSeconds(), options.eventSeconds(), call)
                        .withCpu(service.cpuMillis() - cpuBefore, (Machine.ownCpuNanos() - clientBefore) / 1e6);
                if (f.callsIncludingWarmup() >= slice.size()) {
                    throw new IllegalStateException("ran out of purchases to record: lower --event-seconds");
                }
                long credited = bolt.executableQuery("""
                                MATCH (e:Event)-[:ATTRIBUTED_TO]->() WHERE e.id STARTS WITH $prefix RETURN count(e) AS n""")
                        .withParameters(Map.of("prefix", prefix)).execute().records().getFirst().get("n").asLong();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("round", round.index() + 1);
                row.put("jar", round.label());
                row.put("figures", f);
                row.put("recorded", f.callsIncludingWarmup());
                row.put("credited", credited);
                recordEvent.add(row);
                say(f.line() + "  credited %,d of %,d".formatted(credited, f.callsIncludingWarmup()));
            }
        }
        results.put("loadAverageAtEnd", Machine.loadAverage());
        results.put("report", report);
        Path file = options.resultsDir().resolve(stamp + "-metrics.json");
        ResultsFile.write(file, results);
        say("Results: " + file + " (service logs in " + runDir + ")");
        return file;
    }

    private record Round(int index, String label, Path jar) {
    }

    /**
     * The rules a jar runs with: those of its own checkout (…/service/target/x.jar → …/rules) when it has one — an
     * older jar does not know the facts newer rules use — else this repository's.
     */
    private Path rulesOf(Path jar) {
        Path checkout = jar.toAbsolutePath().getParent().getParent().getParent();
        Path own = checkout == null ? null : checkout.resolve("rules");
        return own != null && java.nio.file.Files.isDirectory(own) ? own : options.repo().resolve("rules");
    }

    /** Each variant: the first (cold) call, then {@code runs} more after two warm-up calls; p50 / p95 / max in ms. */
    private void measureMetrics(KeepAliveHttp http, ZonedDateTime from, ZonedDateTime to, Map<String, Object> metrics)
            throws Exception {
        boolean first = true;
        for (String[] variant : VARIANTS) {
            byte[] body = ("{\"query\":\"" + METRICS_QUERY + "\",\"variables\":{\"from\":\"" + from.toInstant()
                    + "\",\"to\":\"" + to.toInstant() + "\",\"groupBy\":" + variant[1] + ",\"interval\":" + variant[2]
                    + "}}").getBytes(StandardCharsets.UTF_8);
            double cold = timeMetrics(http, body);
            timeMetrics(http, body);
            double[] ms = new double[options.runs()];
            for (int r = 0; r < ms.length; r++) {
                ms[r] = timeMetrics(http, body);
            }
            Arrays.sort(ms);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("firstCallMs", cold);
            figures.put("runs", ms.length);
            figures.put("p50Ms", percentile(ms, 50));
            figures.put("p95Ms", percentile(ms, 95));
            figures.put("maxMs", ms[ms.length - 1]);
            metrics.put(variant[0], figures);
            say("metrics over 30 days, %-42s first %7.0f ms  p50 %7.0f ms  p95 %7.0f ms  max %7.0f ms  (%d runs)"
                    .formatted(variant[0], cold, percentile(ms, 50), percentile(ms, 95), ms[ms.length - 1], ms.length));
            if (first) {
                // what the report said, to check the traffic is realistic (rates of a few percent, credits, returns)
                String answer = http.post("/graphql", body).text();
                int totals = answer.indexOf("\"totals\":");
                int groups = answer.indexOf(",\"groups\"");
                String totalsAnswer = totals < 0 || groups < 0 ? answer : answer.substring(totals, groups);
                metrics.put("totalsAnswer", totalsAnswer);
                say("  " + totalsAnswer);
                first = false;
            }
        }
    }

    private static double timeMetrics(KeepAliveHttp http, byte[] body) throws Exception {
        long started = System.nanoTime();
        KeepAliveHttp.Answer answer = http.post("/graphql", body);
        double ms = (System.nanoTime() - started) / 1e6;
        if (answer.status() != 200 || answer.text().contains("\"errors\"")) {
            throw new IllegalStateException("metrics failed: " + answer.status() + " "
                    + answer.text().substring(0, Math.min(500, answer.text().length())));
        }
        return Math.round(ms * 10) / 10.0;
    }

    /** Nearest rank. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /**
     * Purchases to record: for customers with recorded decisions, a product one of their decisions offered, bought 1 to
     * 20 hours after it (inside the view-through window, so attribution finds and credits the exposure), in a shuffled
     * order; the rounds take disjoint slices, so no round replays another's customers' purchases.
     */
    static List<Map<String, Object>> purchasesOfOffered(ActivityGenerator activity, int wanted) {
        SplittableRandom rng = new SplittableRandom(activity.graph().settings().seed() + 7);
        List<Map<String, Object>> purchases = new ArrayList<>();
        int customers = activity.graph().settings().customers();
        for (int i = 0; i < customers && purchases.size() < wanted; i++) {
            ActivityRows rows = activity.customer(i);
            for (Map<String, Object> decision : rows.decisions()) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> offered = (List<Map<String, Object>>) decision.get("offered");
                @SuppressWarnings("unchecked")
                ZonedDateTime at = (ZonedDateTime) ((Map<String, Object>) decision.get("props")).get("at");
                Map<String, Object> purchase = new LinkedHashMap<>();
                purchase.put("customer", decision.get("customer"));
                purchase.put("sku", offered.get(rng.nextInt(offered.size())).get("sku"));
                purchase.put("at", at.plusMinutes(60 + rng.nextInt(19 * 60)).toInstant().toString());
                purchases.add(purchase);
            }
        }
        for (int i = purchases.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            var t = purchases.get(i);
            purchases.set(i, purchases.get(j));
            purchases.set(j, t);
        }
        return purchases;
    }

    private void say(String line) {
        out.println(line);
        report.add(line);
    }
}
