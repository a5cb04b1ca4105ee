package dev.crosswise.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseApplication;
import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TemporaryDirectories;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

/**
 * The production shape — several stateless service instances on one Neo4j — without Docker: a standalone Neo4j in
 * a process of its own (the embedded server, Bolt only) and two service instances, real HTTP servers, each with its
 * own copy of the rules folder, both pointed at it with {@code CROSSWISE_NEO4J_URI}. While clients keep both busy
 * with decisions, events and responses, the same event, the same response and the same {@code decide(requestId:)}
 * sent to both at the same moment are recorded once; a rule reload on one leaves the other answering with its rules;
 * and a customer is in the same experiment arm on both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class TwoInstancesOneDatabaseTest {

    private static final String KEY = CrosswiseHttpTest.ADMIN_KEY;
    private static final String AT = "2026-11-20T09:00:00Z";
    /** Ada, the day after her blazer: the seed's rules offer her a post-purchase completion first. */
    private static final Map<String, Object> ADA = Map.of("customerId", "C-ADA", "at", AT, "limit", 3);
    private static final String EXPERIMENT = """
            name: two-instances
            hypothesis: Email as the default channel earns more acceptances than the channel rules' choice.
            start: 2026-01-01
            primaryMetric: acceptanceRate
            minimumDetectableEffect: 0.02
            arms:
              - name: current
                weight: 50
              - name: email
                weight: 50
                channel: EMAIL
            """;
    private static final String ASSIGNMENT = """
            query($customerId: ID!) { whatNext(customerId: $customerId, limit: 1) { heldOut experiments { experiment arm } } }""";

    private final Path neo4jData = TemporaryDirectories.removedAtExit("crosswise-standalone-neo4j");
    private Process neo4j;
    private Driver driver;
    private Instance a;
    private Instance b;
    private List<String> customers;

    /** One service instance: its context, its HTTP port, its own copy of the rules folder. */
    private record Instance(String name, ConfigurableApplicationContext context, int port, Path rules) {

        HttpSyncGraphQlClient client() {
            return HttpSyncGraphQlClient.create(RestClient.builder().baseUrl("http://localhost:" + port + "/graphql")
                    .defaultHeader("X-API-Key", KEY).build());
        }

        ClientGraphQlResponse execute(String documentName, Map<String, Object> variables) {
            return client().documentName(documentName).variables(new HashMap<>(variables)).executeSync();
        }

        String rulesVersion() {
            return ok(client().documentName("ruleSet").executeSync()).field("ruleSet.version").getValue();
        }
    }

    @BeforeAll
    void oneNeo4jAndTwoInstances() throws Exception {
        int boltPort = freePort();
        neo4j = startStandaloneNeo4j(boltPort);
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::destroyForcibly));
        String uri = "bolt://localhost:" + boltPort;
        driver = GraphDatabase.driver(uri, AuthTokens.none());
        awaitBolt(driver, neo4j);

        // the first instance applies the schema and loads the demo shop, as CROSSWISE_NEO4J_SEED=true does once
        a = start("a", uri, true);
        b = start("b", uri, false);
        customers = driver.executableQuery("MATCH (c:Customer) WHERE c.id STARTS WITH 'C-' RETURN c.id AS id ORDER BY id LIMIT 40")
                .execute().records().stream().map(r -> r.get("id").asString()).toList();
        assertThat(customers).hasSizeGreaterThanOrEqualTo(10);
    }

    @AfterAll
    void stopEverything() throws InterruptedException {
        for (Instance instance : new Instance[] {a, b}) {
            if (instance != null) {
                instance.context().close();
            }
        }
        if (driver != null) {
            driver.close();
        }
        if (neo4j != null) {
            neo4j.destroy();
            if (!neo4j.waitFor(30, TimeUnit.SECONDS)) {
                neo4j.destroyForcibly();
            }
        }
    }

    @Test
    void twoInstancesServeOneGraphAsOne() throws Exception {
        // a version is "<loads in this JVM>-<content hash>": the two instances share the JVM, not the count
        assertThat(contentHash(a.rulesVersion())).as("the same rules folder content").isEqualTo(contentHash(b.rulesVersion()));
        String servingOnB = b.rulesVersion();

        try (Traffic traffic = new Traffic(servingOnB)) {
            traffic.awaitEveryKindOnBoth();

            aReloadOnOneLeavesTheOtherServingItsRules(servingOnB);
            anEventReplayedToBothIsRecordedOnce();
            aResponseReplayedToBothIsRecordedOnce();
            aDecisionAskedOfBothWithOneRequestIdIsOneDecision();
            bothPutEveryCustomerInTheSameArm();

            traffic.awaitEveryKindOnBoth(); // the traffic ran on through all of it, the reload included
            traffic.stopAndCheck();
        }
    }

    private void anEventReplayedToBothIsRecordedOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String eventId = "two-instances-event-" + round + "-" + System.nanoTime();
            Map<String, Object> input = Map.of("input", Map.of("eventId", eventId, "type", "VIEW", "customerId", "C-GRACE",
                    "sku", "W-SHO-OXF", "at", AT));
            List<ClientGraphQlResponse> answers = atOnce(
                    () -> a.execute("recordEvent", input), () -> b.execute("recordEvent", input));

            List<Boolean> duplicates = answers.stream()
                    .map(answer -> ok(answer).field("recordEvent.duplicate").<Boolean>getValue()).toList();
            assertThat(duplicates).as("one recorded it, the other found it recorded").containsExactlyInAnyOrder(false, true);
            assertThat(answers).allSatisfy(answer ->
                    assertThat(answer.field("recordEvent.event.id").<String>getValue()).isEqualTo(eventId));
            assertThat(count("MATCH (e:Event {id: $id}) RETURN count(e)", eventId)).isOne();
            assertThat(count("MATCH (:Customer {id: 'C-GRACE'})-[:DID]->(e:Event {id: $id}) RETURN count(e)", eventId)).isOne();
        }
    }

    private void aResponseReplayedToBothIsRecordedOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            Map<String, String> action = anActionDecidedOn(a);
            String responseId = "two-instances-response-" + round + "-" + System.nanoTime();
            Map<String, Object> input = Map.of("input", Map.of("responseId", responseId,
                    "decisionId", action.get("decisionId"), "sku", action.get("sku"), "type", "CLICKED"));
            List<ClientGraphQlResponse> answers = atOnce(
                    () -> a.execute("recordResponse", input), () -> b.execute("recordResponse", input));

            assertThat(answers.stream().map(answer -> ok(answer).field("recordResponse.duplicate").<Boolean>getValue()))
                    .containsExactlyInAnyOrder(false, true);
            assertThat(count("MATCH (r:Response {id: $id}) RETURN count(r)", responseId)).isOne();
            assertThat(count("MATCH (r:Response {id: $id})-[:RESPONDS_TO]->(:Decision) RETURN count(*)", responseId)).isOne();
        }
    }

    /** A decision recorded now with at least one action (caps and consent leave some customers none). */
    private Map<String, String> anActionDecidedOn(Instance instance) {
        for (String customer : customers) {
            var decided = ok(instance.execute("decide", Map.of("customerId", customer, "limit", 1)));
            String sku = decided.field("decide.actions[0].product.sku").getValue();
            if (sku != null) {
                return Map.of("decisionId", decided.field("decide.id").getValue(), "sku", sku);
            }
        }
        throw new AssertionError("no customer was offered anything");
    }

    private void aDecisionAskedOfBothWithOneRequestIdIsOneDecision() throws Exception {
        for (int round = 0; round < 5; round++) {
            String requestId = "two-instances-render-" + round + "-" + System.nanoTime();
            Map<String, Object> variables = Map.of("customerId", customers.get(round), "limit", 3, "requestId", requestId);
            List<ClientGraphQlResponse> answers = atOnce(
                    () -> a.client().document(DECIDE_WITH_REQUEST_ID).variables(variables).executeSync(),
                    () -> b.client().document(DECIDE_WITH_REQUEST_ID).variables(variables).executeSync());

            Map<String, Object> first = ok(answers.get(0)).field("decide").getValue();
            Map<String, Object> second = ok(answers.get(1)).field("decide").getValue();
            assertThat(second).as("the same decision, from whichever instance asked").isEqualTo(first);
            assertThat(first.get("id")).isNotNull();
            assertThat(count("MATCH (d:Decision {requestId: $id}) RETURN count(d)", requestId)).isOne();
        }
    }

    private static final String DECIDE_WITH_REQUEST_ID = """
            mutation($customerId: ID!, $at: DateTime, $limit: Int, $requestId: ID) {
              decide(customerId: $customerId, at: $at, limit: $limit, requestId: $requestId) {
                id at rulesVersion actions { rank product { sku } strategy moment channel score }
              }
            }""";

    /**
     * A reload is one instance's business: its own rules folder changes (post-purchase weighs twice as much) and it
     * serves the new version, while the other keeps its version and its scores; no request fails on either meanwhile
     * (the traffic checks that).
     */
    private void aReloadOnOneLeavesTheOtherServingItsRules(String servingOnB) throws Exception {
        double scoreBefore = ok(b.execute("whatNext", ADA)).field("whatNext.actions[0].score").getValue();
        Path thresholds = a.rules().resolve("settings/thresholds.drl");
        String original = Files.readString(thresholds);
        String changed = original.replace("\"post-purchase weight\", 1.5", "\"post-purchase weight\", 3.0");
        assertThat(changed).isNotEqualTo(original);

        Files.writeString(thresholds, changed);
        var reloaded = ok(a.client().documentName("reloadRules").executeSync());

        assertThat(reloaded.field("reloadRules.lastError").<Object>getValue()).isNull();
        String newOnA = reloaded.field("reloadRules.version").getValue();
        assertThat(contentHash(newOnA)).isNotEqualTo(contentHash(servingOnB));
        assertThat(a.rulesVersion()).isEqualTo(newOnA);
        assertThat(b.rulesVersion()).as("the other instance still serves its rules").isEqualTo(servingOnB);

        var onA = ok(a.execute("whatNext", ADA));
        var onB = ok(b.execute("whatNext", ADA));
        assertThat(onA.field("whatNext.rulesVersion").<String>getValue()).isEqualTo(newOnA);
        assertThat(onB.field("whatNext.rulesVersion").<String>getValue()).isEqualTo(servingOnB);
        assertThat(onA.field("whatNext.actions[0].moment").<String>getValue()).isEqualTo("POST_PURCHASE");
        assertThat(onA.field("whatNext.actions[0].score").<Double>getValue())
                .isCloseTo(scoreBefore * 2, org.assertj.core.data.Offset.offset(0.002));
        assertThat(onB.field("whatNext.actions[0].score").<Double>getValue())
                .isCloseTo(scoreBefore, org.assertj.core.data.Offset.offset(0.002));
    }

    private void bothPutEveryCustomerInTheSameArm() {
        Set<String> arms = new HashSet<>();
        for (String customer : customers) {
            Map<String, Object> onA = ok(a.client().document(ASSIGNMENT).variable("customerId", customer).executeSync())
                    .field("whatNext").getValue();
            Map<String, Object> onB = ok(b.client().document(ASSIGNMENT).variable("customerId", customer).executeSync())
                    .field("whatNext").getValue();
            assertThat(onB).as(customer).isEqualTo(onA);
            assertThat(onA.get("experiments")).as(customer).asInstanceOf(InstanceOfAssertFactories.LIST).singleElement().satisfies(assignment -> {
                assertThat(assignment).asInstanceOf(InstanceOfAssertFactories.MAP)
                        .containsEntry("experiment", "two-instances");
                arms.add((String) ((Map<?, ?>) assignment).get("arm"));
            });
        }
        assertThat(arms).as("customers are spread over both arms").containsExactlyInAnyOrder("current", "email");
    }

    /**
     * Clients that keep both instances busy — whatNext, decide, recordEvent and recordResponse, alternating between
     * the instances — and keep every failure. Each answer from the instance not reloaded must carry its rules version.
     */
    private final class Traffic implements AutoCloseable {

        private static final List<String> KINDS = List.of("whatNext", "decide", "recordEvent", "recordResponse");

        private final ExecutorService clients = Executors.newFixedThreadPool(4);
        private final AtomicBoolean stop = new AtomicBoolean();
        private final Map<String, AtomicInteger> served = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final List<Future<?>> running = new ArrayList<>();

        Traffic(String versionOnB) {
            for (int c = 0; c < 4; c++) {
                int clientNumber = c;
                running.add(clients.submit(() -> {
                    for (int n = 0; !stop.get(); n++) {
                        Instance instance = (n + clientNumber) % 2 == 0 ? a : b;
                        String customer = customers.get((n * 7 + clientNumber) % customers.size());
                        try {
                            one(instance, customer, clientNumber + "-" + n, versionOnB);
                        } catch (RuntimeException | AssertionError e) {
                            failures.add(instance.name() + ": " + e);
                        }
                    }
                }));
            }
        }

        private void one(Instance instance, String customer, String id, String versionOnB) {
            var whatNext = ok(instance.execute("whatNext", Map.of("customerId", customer, "limit", 2)));
            if (instance == b) {
                assertThat(whatNext.field("whatNext.rulesVersion").<String>getValue()).isEqualTo(versionOnB);
            }
            count(instance, "whatNext");
            var decided = ok(instance.execute("decide", Map.of("customerId", customer, "limit", 2)));
            count(instance, "decide");
            ok(instance.execute("recordEvent", Map.of("input", Map.of("eventId", "two-instances-traffic-" + id + "-"
                    + System.nanoTime(), "type", "VIEW", "customerId", customer, "sku", "W-SHO-OXF"))));
            count(instance, "recordEvent");
            String decisionId = decided.field("decide.id").getValue();
            String sku = decided.field("decide.actions[0].product.sku").getValue();
            if (sku == null) {
                return; // nothing offered (caps, consent): nothing to respond to
            }
            // the response goes to the other instance: the decision is in the graph, not in the instance
            Instance other = instance == a ? b : a;
            var response = ok(other.execute("recordResponse", Map.of("input", Map.of("decisionId", decisionId,
                    "sku", sku, "type", "SHOWN"))));
            assertThat(response.field("recordResponse.duplicate").<Boolean>getValue()).isFalse();
            count(other, "recordResponse");
        }

        private void count(Instance instance, String kind) {
            served.computeIfAbsent(instance.name() + " " + kind, k -> new AtomicInteger()).incrementAndGet();
        }

        private int served(Instance instance, String kind) {
            AtomicInteger n = served.get(instance.name() + " " + kind);
            return n == null ? 0 : n.get();
        }

        /** Waits until both instances served a few more of every kind than now. */
        void awaitEveryKindOnBoth() throws InterruptedException {
            Map<String, Integer> before = new HashMap<>();
            for (Instance instance : List.of(a, b)) {
                KINDS.forEach(kind -> before.put(instance.name() + " " + kind, served(instance, kind)));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline && failures.isEmpty()) {
                boolean all = true;
                for (Instance instance : List.of(a, b)) {
                    for (String kind : KINDS) {
                        all &= served(instance, kind) >= before.get(instance.name() + " " + kind) + 2;
                    }
                }
                if (all) {
                    return;
                }
                Thread.sleep(50);
            }
            assertThat(failures).as("failed requests").isEmpty();
            throw new AssertionError("the traffic did not reach every kind on both instances in time: " + served);
        }

        void stopAndCheck() throws Exception {
            stop.set(true);
            for (Future<?> client : running) {
                client.get(60, TimeUnit.SECONDS);
            }
            assertThat(failures).as("failed requests while both instances served").isEmpty();
            System.out.printf("two instances, one Neo4j: served %s with no failure%n", new java.util.TreeMap<>(served));
        }

        @Override
        public void close() {
            stop.set(true);
            clients.shutdownNow();
        }
    }

    /** Runs both calls at the same moment, each on a thread of its own, and gives their answers in order. */
    @SafeVarargs
    private static <T> List<T> atOnce(Callable<T>... calls) throws Exception {
        CountDownLatch ready = new CountDownLatch(calls.length);
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(calls.length)) {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        }
    }

    private static String contentHash(String rulesVersion) {
        return rulesVersion.substring(rulesVersion.indexOf('-') + 1);
    }

    private long count(String cypher, String id) {
        return driver.executableQuery(cypher).withParameters(Map.of("id", id)).execute().records().getFirst().get(0).asLong();
    }

    private Instance start(String name, String neo4jUri, boolean seed) throws IOException {
        Path rules = copyOfRepositoryRules();
        Files.createDirectories(rules.resolve("experiments"));
        Files.writeString(rules.resolve("experiments/two-instances.yaml"), EXPERIMENT);
        // as arguments: they win over the environment and application.yaml, as CROSSWISE_* variables would
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CrosswiseApplication.class).run(
                "--server.port=0",
                "--crosswise.neo4j.uri=" + neo4jUri,
                "--crosswise.neo4j.seed=" + seed,
                "--crosswise.api-keys=" + CrosswiseHttpTest.API_KEYS,
                "--crosswise.rules.dir=" + rules,
                "--crosswise.rules.watch-interval=200ms",
                // the compiler warm-up and the demo's four weeks only cost CPU here
                "--crosswise.rules.compiler-warm-up=false",
                "--crosswise.demo.activity.enabled=false",
                "--spring.application.name=crosswise-" + name);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Instance(name, context, port, rules);
    }

    /** The embedded Neo4j in a JVM of its own, from the test class path, with its log in service/target. */
    private Process startStandaloneNeo4j(int boltPort) throws IOException {
        Path log = Path.of("service/target/two-instances-neo4j.log");
        Files.createDirectories(log.getParent());
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                StandaloneNeo4j.class.getName(), neo4jData.toString(), Integer.toString(boltPort))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static void awaitBolt(Driver driver, Process neo4j) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            assertThat(neo4j.isAlive()).as("standalone Neo4j running (see service/target/two-instances-neo4j.log)").isTrue();
            try {
                driver.verifyConnectivity();
                return;
            } catch (ServiceUnavailableException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(250);
            }
        }
    }

    private static Path copyOfRepositoryRules() {
        return TemporaryDirectories.copyOfRepositoryRules();
    }

    private static ClientGraphQlResponse ok(ClientGraphQlResponse response) {
        assertThat(response.getErrors()).as("GraphQL errors").isEmpty();
        return response;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
