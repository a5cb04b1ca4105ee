package dev.crosswise.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseApplication;
import dev.crosswise.CrosswiseHttpTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

/**
 * An acknowledged event survives a crash: the service runs as a separate JVM on the embedded default, clients
 * send events, the JVM is killed with SIGKILL mid-stream, restarted on the same data directory, and every event
 * that had been acknowledged is there exactly once (a replay of it says duplicate).
 */
class DurableEventsTest {

    private static final int WRITERS = 4;
    private static final int ACKS_BEFORE_KILL = 120;

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedEventIsPresentExactlyOnceAfterKillMinus9() throws Exception {
        int httpPort = freePort();
        int boltPort = freePort();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();

        Process service = start(httpPort, boltPort, "first");
        try {
            awaitHealthy(httpPort, service);
            AtomicBoolean stop = new AtomicBoolean();
            try (ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    writers.submit(() -> {
                        var client = client(httpPort);
                        for (int n = 0; !stop.get() && n < 10_000; n++) {
                            String id = "durable-" + writer + "-" + n;
                            sent.incrementAndGet();
                            try {
                                var response = client.document(RECORD).variable("e", event(id)).executeSync();
                                if (response.getErrors().isEmpty()) {
                                    acknowledged.add(id);
                                }
                            } catch (RuntimeException killed) {
                                return; // the service is gone: this event was not acknowledged
                            }
                        }
                    });
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (acknowledged.size() < ACKS_BEFORE_KILL && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                service.destroyForcibly(); // SIGKILL while the writers are still sending
                service.waitFor();
                stop.set(true);
            }
        } finally {
            service.destroyForcibly();
        }
        int acknowledgedAtKill = acknowledged.size();
        assertThat(acknowledgedAtKill).isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);

        Process restarted = start(httpPort, boltPort, "restart");
        try {
            awaitHealthy(httpPort, restarted);
            try (var driver = GraphDatabase.driver("bolt://localhost:" + boltPort, AuthTokens.none())) {
                var counts = driver.executableQuery("""
                                MATCH (e:Event) WHERE e.id IN $ids
                                RETURN count(e) AS events, count(DISTINCT e.id) AS ids""")
                        .withParameters(Map.of("ids", List.copyOf(acknowledged))).execute().records().getFirst();
                assertThat(counts.get("events").asLong()).isEqualTo(acknowledgedAtKill);
                assertThat(counts.get("ids").asLong()).isEqualTo(acknowledgedAtKill);
                long unacknowledgedPresent = driver.executableQuery("""
                                MATCH (e:Event) WHERE e.id STARTS WITH 'durable-' AND NOT e.id IN $ids
                                RETURN count(e) AS n""")
                        .withParameters(Map.of("ids", List.copyOf(acknowledged))).execute().records().getFirst()
                        .get("n").asLong();
                System.out.printf("kill -9: %d events sent, %d acknowledged, %d of them found once after restart "
                        + "(%d more were stored but not acknowledged before the kill)%n",
                        sent.get(), acknowledgedAtKill, counts.get("ids").asLong(), unacknowledgedPresent);
            }
            var client = client(httpPort);
            List<String> sample = new ArrayList<>(acknowledged).subList(0, Math.min(40, acknowledgedAtKill));
            for (String id : sample) {
                Boolean duplicate = client.document(RECORD).variable("e", event(id)).executeSync()
                        .field("recordEvent.duplicate").getValue();
                assertThat(duplicate).as(id).isTrue();
            }
        } finally {
            restarted.destroyForcibly();
            restarted.waitFor();
        }
    }

    private static final String RECORD = "mutation($e: EventInput!) { recordEvent(input: $e) { duplicate event { id } } }";

    private static Map<String, Object> event(String id) {
        return Map.of("eventId", id, "type", "VIEW", "customerId", "C-GRACE", "sku", "W-SHO-OXF",
                "at", "2026-11-20T10:00:00Z");
    }

    /** The service as its own JVM, from the test class path, on the embedded default with {@link #dataDir}. */
    private Process start(int httpPort, int boltPort, String name) throws IOException {
        Path log = Path.of("service/target", "durable-events-" + name + ".log");
        Files.createDirectories(log.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), CrosswiseApplication.class.getName(),
                "--server.port=" + httpPort,
                "--crosswise.api-keys=" + CrosswiseHttpTest.API_KEYS,
                "--crosswise.neo4j.data-dir=" + dataDir,
                "--crosswise.neo4j.bolt-port=" + boltPort,
                "--crosswise.neo4j.page-cache=64m",
                "--crosswise.demo.activity.enabled=false")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static void awaitHealthy(int httpPort, Process process) throws Exception {
        var http = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("service process running (see service/target/durable-events-*.log)").isTrue();
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("service did not become healthy in time");
    }

    private static HttpSyncGraphQlClient client(int httpPort) {
        return HttpSyncGraphQlClient.create(RestClient.builder().baseUrl("http://localhost:" + httpPort + "/graphql")
                .defaultHeader("X-API-Key", CrosswiseHttpTest.FRONTEND_KEY).build());
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
