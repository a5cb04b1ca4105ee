package dev.crosswise.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseApplication;
import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.rules.RuleEngine;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.web.client.RestClient;

/**
 * Concurrent clients over loopback mixing whatNext, decide, recordEvent and recordResponse against the embedded
 * default: no server errors, no heap growth after GC, no Drools session left open, and a graceful shutdown under
 * load that finishes the requests in flight. {@link #smoke()} runs in the default suite; {@link #sustained()}
 * runs with {@code ./mvnw -B -pl service -Pload verify} (duration: -Dcrosswise.load.seconds, default 180).
 */
class LoadTest {

    static final List<String> CUSTOMERS = List.of("C-ADA", "C-GRACE", "C-ALAN", "C-KATHERINE", "C-MARGARET", "C-LINUS",
            "C-BARBARA", "C-DONALD", "C-EDSGER", "C-FRAN", "C-HEDY", "C-JOHN");
    static final List<String> SKUS = List.of("W-BLZ-NAVY", "W-TRS-GREY", "W-SHT-WHITE", "W-SHO-OXF", "W-TIE-SILK",
            "W-BLT-LEATHER", "W-JNS-SELV", "W-TEE-PIMA");
    static final int CLIENTS = 8;

    @TempDir
    Path dataDir;

    @Test
    void smoke() throws Exception {
        run(Duration.ofSeconds(15), false);
    }

    @Test
    @Tag("load")
    void sustained() throws Exception {
        run(Duration.ofSeconds(Long.getLong("crosswise.load.seconds", 180)), true);
    }

    private void run(Duration duration, boolean strictHeap) throws Exception {
        var app = new SpringApplication(CrosswiseApplication.class, SlowRequests.class).run(
                "--server.port=0",
                "--crosswise.api-keys=" + CrosswiseHttpTest.API_KEYS,
                "--crosswise.neo4j.data-dir=" + dataDir,
                "--crosswise.neo4j.bolt-port=0",
                "--crosswise.neo4j.page-cache=64m",
                "--crosswise.demo.activity.enabled=false", // the demo's weeks of offers are not what this tests
                // No start-up scenario check or folder watching: their rule sessions would count as "left open".
                "--crosswise.rules.scenarios=false",
                "--crosswise.rules.watch=false",
                "--logging.level.dev.crosswise=warn");
        String url = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort() + "/graphql";
        Stats stats = new Stats();
        long sessionsBefore = RuleEngine.createdSessions();

        // warm up, then the heap baseline
        drive(url, stats, Duration.ofSeconds(Math.max(3, duration.toSeconds() / 10)));
        long heapStart = usedHeapAfterGc();
        Stats measured = new Stats();
        drive(url, measured, duration);
        assertThat(RuleEngine.openSessions()).as("Drools sessions left open").isZero();
        long heapEnd = usedHeapAfterGc();
        long decisions = measured.ok.get("whatNext").sum() + measured.ok.get("decide").sum();
        long sessions = RuleEngine.createdSessions() - sessionsBefore;

        String report = ("load: %d s, %d clients, %d requests (%s), %d errors (%s), heap after GC %d MB -> %d MB, "
                + "rule sessions created %d, open %d").formatted(duration.toSeconds(), CLIENTS, measured.total(),
                measured.ok, measured.errors(), measured.errorsByKind, heapStart >> 20, heapEnd >> 20, sessions,
                RuleEngine.openSessions());
        System.out.println(report);
        Files.writeString(Path.of("service/target/load-report.txt"), report + System.lineSeparator());

        assertThat(measured.errorsByKind).as(report).isEmpty();
        assertThat(measured.total()).isGreaterThan(CLIENTS * 10L);
        assertThat(decisions).isPositive();
        assertThat(sessions).isGreaterThanOrEqualTo(decisions);
        long allowedGrowth = strictHeap ? Math.max(32L << 20, heapStart / 5) : 96L << 20;
        assertThat(heapEnd - heapStart).as(report).isLessThan(allowedGrowth);

        gracefulShutdownFinishesRequestsInFlight(app, url);
    }

    /** Slow requests are in flight when the shutdown starts; each still gets its full answer. */
    private static void gracefulShutdownFinishesRequestsInFlight(ConfigurableApplicationContext app, String url)
            throws Exception {
        SlowRequests slow = app.getBean(SlowRequests.class);
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<ClientGraphQlResponse>> inFlight = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String customer = CUSTOMERS.get(i);
                inFlight.add(clients.submit(() -> client(url).mutate().header(SlowRequests.HEADER, "1500").build()
                        .document("{ whatNext(customerId: \"" + customer + "\") { id actions { rank } } }").executeSync()));
            }
            assertThat(slow.entered.await(30, TimeUnit.SECONDS)).as("slow requests reached the server").isTrue();
            long start = System.nanoTime();
            app.close();
            Duration shutdown = Duration.ofNanos(System.nanoTime() - start);
            for (var request : inFlight) {
                ClientGraphQlResponse response = request.get(30, TimeUnit.SECONDS);
                assertThat(response.getErrors()).isEmpty();
                assertThat((String) response.field("whatNext.id").getValue()).isNotBlank();
            }
            assertThat(shutdown).as("the shutdown waited for the requests").isGreaterThan(Duration.ofMillis(500));
        }
    }

    private static void drive(String url, Stats stats, Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    var client = client(url);
                    while (System.nanoTime() < end) {
                        oneStep(client, stats);
                    }
                });
            }
        }
    }

    private static final AtomicLong EVENT_SEQUENCE = new AtomicLong();

    private static void oneStep(HttpSyncGraphQlClient client, Stats stats) {
        var random = ThreadLocalRandom.current();
        String customer = CUSTOMERS.get(random.nextInt(CUSTOMERS.size()));
        String at = "2026-11-2" + random.nextInt(10) + "T1" + random.nextInt(10) + ":00:00Z";
        switch (random.nextInt(4)) {
            case 0 -> stats.record("whatNext", () -> client.document("query($c: ID!, $at: DateTime) { whatNext(customerId: $c, "
                    + "at: $at) { id actions { rank product { sku } strategy score reasons { rule } } } }")
                    .variable("c", customer).variable("at", at).executeSync());
            case 1 -> {
                ClientGraphQlResponse decided = stats.record("decide", () -> client.document("mutation($c: ID!) { "
                        + "decide(customerId: $c, channel: WEB) { id actions { product { sku } } } }")
                        .variable("c", customer).executeSync());
                List<Map<String, Object>> actions = decided == null || !decided.getErrors().isEmpty() ? List.of()
                        : decided.field("decide.actions").getValue();
                if (!actions.isEmpty()) {
                    String decisionId = decided.field("decide.id").getValue();
                    String sku = (String) ((Map<?, ?>) actions.getFirst().get("product")).get("sku");
                    stats.record("recordResponse", () -> client.document("mutation($d: ID!, $s: ID!) { recordResponse("
                            + "input: {decisionId: $d, sku: $s, type: SHOWN}) { duplicate } }")
                            .variable("d", decisionId).variable("s", sku).executeSync());
                }
            }
            default -> stats.record("recordEvent", () -> client.document("mutation($e: EventInput!) { recordEvent("
                    + "input: $e) { duplicate } }").variable("e", Map.of(
                            "eventId", "load-" + EVENT_SEQUENCE.incrementAndGet(), "type", "VIEW",
                            "customerId", customer, "sku", SKUS.get(random.nextInt(SKUS.size())), "at", at))
                    .executeSync());
        }
    }

    static HttpSyncGraphQlClient client(String url) {
        return HttpSyncGraphQlClient.create(RestClient.builder().baseUrl(url)
                .defaultHeader("X-API-Key", CrosswiseHttpTest.FRONTEND_KEY).build());
    }

    static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Answers per operation; anything but data is an error, counted by kind (classification or exception). */
    static final class Stats {
        final Map<String, LongAdder> ok = new ConcurrentHashMap<>(Map.of("whatNext", new LongAdder(),
                "decide", new LongAdder(), "recordEvent", new LongAdder(), "recordResponse", new LongAdder()));
        final Map<String, LongAdder> errorsByKind = new ConcurrentHashMap<>();

        ClientGraphQlResponse record(String operation, java.util.function.Supplier<ClientGraphQlResponse> call) {
            try {
                ClientGraphQlResponse response = call.get();
                if (response.getErrors().isEmpty()) {
                    ok.get(operation).increment();
                } else {
                    response.getErrors().forEach(e -> errorsByKind.computeIfAbsent(operation + ":" + e.getErrorType()
                            + ":" + e.getMessage(), k -> new LongAdder()).increment());
                }
                return response;
            } catch (RuntimeException e) {
                errorsByKind.computeIfAbsent(operation + ":" + e.getClass().getSimpleName(), k -> new LongAdder()).increment();
                return null;
            }
        }

        long total() {
            return ok.values().stream().mapToLong(LongAdder::sum).sum() + errors();
        }

        long errors() {
            return errorsByKind.values().stream().mapToLong(LongAdder::sum).sum();
        }
    }

    /** Test-only: a request with {@value #HEADER} waits that many milliseconds inside the server. */
    @Configuration(proxyBeanMethods = false)
    static class SlowRequests {
        static final String HEADER = "X-Test-Delay-Ms";
        final CountDownLatch entered = new CountDownLatch(4);

        @Bean
        WebGraphQlInterceptor slowRequestInterceptor() {
            return (request, chain) -> {
                String delay = request.getHeaders().getFirst(HEADER);
                if (delay != null) {
                    entered.countDown();
                    try {
                        Thread.sleep(Long.parseLong(delay));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return chain.next(request);
            };
        }
    }
}
