package dev.crosswise.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service jar run as its own process, the way it runs in production: embedded Neo4j on the bench data
 * directory, demo seed off. Also runs the same jar as the campaign export job.
 */
public final class ServiceProcess implements AutoCloseable {

    /** The admin key of this bench run (CROSSWISE_API_KEYS of the service): random, never written anywhere. */
    public static final String API_KEY = "bench-" + java.util.HexFormat.of().formatHex(randomBytes());

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private final Process process;
    private final int httpPort;

    private ServiceProcess(Process process, int httpPort) {
        this.process = process;
        this.httpPort = httpPort;
    }

    public record Settings(Path jar, Path dataDir, Path rulesDir, int httpPort, int boltPort, String heap, String pageCache,
                    Path jfr) {
    }

    public static ServiceProcess start(Settings settings, Path log) throws IOException, InterruptedException {
        List<String> command = javaCommand(settings);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        environment(builder, settings);
        builder.environment().put("SERVER_PORT", String.valueOf(settings.httpPort()));
        Process process = builder.start();
        // A bench stopped with Ctrl-C must not leave the service (and its store lock) behind.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        ServiceProcess service = new ServiceProcess(process, settings.httpPort());
        service.awaitHealthy(Duration.ofMinutes(5), log);
        return service;
    }

    /** Runs the campaign export to {@code csv}; returns the job's own summary line and the wall time of the process. */
    static CampaignRun campaign(Settings settings, Path csv, String at, long customers, Path log) throws IOException, InterruptedException {
        Path jfr = settings.jfr() == null ? null : settings.jfr().resolveSibling("campaign.jfr");
        Settings job = new Settings(settings.jar(), settings.dataDir(), settings.rulesDir(), settings.httpPort(),
                settings.boltPort(), settings.heap(), settings.pageCache(), jfr);
        ProcessBuilder builder = new ProcessBuilder(javaCommand(job)).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        environment(builder, settings);
        builder.environment().put("CROSSWISE_CAMPAIGN_EXPORT", csv.toAbsolutePath().toString());
        builder.environment().put("CROSSWISE_CAMPAIGN_AT", at);
        builder.environment().put("CROSSWISE_CAMPAIGN_CUSTOMERS", String.valueOf(customers));
        long started = System.nanoTime();
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("campaign export did not finish in 30 minutes; see " + log);
        }
        double wall = (System.nanoTime() - started) / 1e9;
        String output = Files.readString(log);
        Matcher m = Pattern.compile("Campaign export done: customers=(\\d+) actions=(\\d+) failed=(\\d+) seconds=([\\d.]+) decisionsPerSecond=(\\d+) cpuMsPerDecision=([\\d.]+)")
                .matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("campaign export exited " + process.exitValue() + " without a summary; see " + log);
        }
        return new CampaignRun(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)), Double.parseDouble(m.group(6)), wall,
                process.exitValue());
    }

    record CampaignRun(long customers, long actions, long failed, double seconds, double decisionsPerSecond,
                       double cpuMsPerDecision, double processSeconds, int exitCode) {
    }

    private static List<String> javaCommand(Settings settings) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms" + settings.heap());
        command.add("-Xmx" + settings.heap());
        if (settings.jfr() != null) {
            // deep enough that a request's samples still show which stage of the decision they are in
            command.add("-XX:FlightRecorderOptions=stackdepth=256");
            command.add("-XX:StartFlightRecording=filename=" + settings.jfr() + ",settings=profile,dumponexit=true");
        }
        command.add("-jar");
        command.add(settings.jar().toString());
        return command;
    }

    private static void environment(ProcessBuilder builder, Settings settings) {
        Map<String, String> env = builder.environment();
        env.remove("CROSSWISE_NEO4J_URI");
        env.put("CROSSWISE_NEO4J_DATA_DIR", settings.dataDir().toAbsolutePath().toString());
        env.put("CROSSWISE_NEO4J_BOLT_PORT", String.valueOf(settings.boltPort()));
        env.put("CROSSWISE_NEO4J_PAGE_CACHE", settings.pageCache());
        env.put("CROSSWISE_NEO4J_SEED", "false");
        env.put("CROSSWISE_RULES_DIR", settings.rulesDir().toAbsolutePath().toString());
        // the reload step times reloadRules from start to swap: the watcher must not have started the reload already
        env.put("CROSSWISE_RULES_WATCH", "false");
        env.put("CROSSWISE_API_KEYS", API_KEY + ":admin");
    }

    private void awaitHealthy(Duration timeout, Path log) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + " while starting; see " + log);
            }
            try {
                HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("the service did not become healthy in " + timeout + "; see " + log);
    }

    /** Time the service's JIT compilers have spent so far (metric {@code jvm.compilation.time}), in ms; NaN if unknown. */
    public double jitMillis() {
        return metric("jvm.compilation.time").values().stream().findFirst().orElse(Double.NaN);
    }

    private static final Pattern STATISTIC = Pattern.compile("\"statistic\":\"(\\w+)\",\"value\":([0-9.Ee+-]+)");

    /** The statistics of an actuator metric (e.g. COUNT, TOTAL), empty when the service has no such metric. */
    public Map<String, Double> metric(String name) {
        Map<String, Double> statistics = new LinkedHashMap<>();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + httpPort + "/actuator/metrics/" + name))
                    .header("X-API-Key", API_KEY).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                var statistic = STATISTIC.matcher(response.body());
                while (statistic.find()) {
                    statistics.put(statistic.group(1), Double.parseDouble(statistic.group(2)));
                }
            }
        } catch (IOException e) {
            // no figure
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return statistics;
    }

    /** The resident memory of the service process (VmRSS: heap, page cache, metaspace, threads), in bytes; -1 if unknown. */
    public long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process has gone
        }
        return -1;
    }

    /** The service's heap in use, in bytes (actuator {@code jvm.memory.used}, area heap); -1 if unknown. */
    public long heapUsedBytes() {
        return metric("jvm.memory.used?tag=area:heap").values().stream().findFirst().map(Double::longValue).orElse(-1L);
    }

    /**
     * The heap the service still uses after a full collection ({@code jcmd <pid> GC.run}): what the graph's size
     * makes it keep, without the garbage of the last requests; -1 if unknown.
     */
    public long heapLiveBytes() {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                return -1;
            }
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        return heapUsedBytes();
    }

    /** CPU time the service process has used so far (all its threads: HTTP, rules, embedded Neo4j, GC, JIT). */
    public double cpuMillis() {
        return process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
