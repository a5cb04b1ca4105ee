package dev.crosswise.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseApplication;
import dev.crosswise.CrosswiseHttpTest;
import graphql.introspection.Introspection;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

/**
 * The service on an external Neo4j that goes away and comes back: health turns DOWN, requests fail fast with
 * UNAVAILABLE instead of hanging, and the service recovers by itself. Runs with the production profile, whose
 * other promises (no introspection, no GraphiQL, health details for admins only) are checked on the way.
 */
class Neo4jOutageTest {

    private static final String CUSTOMER = "{ customer(id: \"C-ADA\") { name } }";
    private static final String WHAT_NEXT = "{ whatNext(customerId: \"C-ADA\", at: \"2026-11-20T09:00:00Z\") { id } }";

    @TempDir
    Path dataDir;

    @Test
    void healthTurnsDownRequestsFailFastAndTheServiceRecoversWhenNeo4jIsBack() throws Exception {
        int boltPort = freePort();
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, boltPort, "64m");
        try (var app = new SpringApplication(CrosswiseApplication.class).run(
                "--server.port=0",
                "--spring.profiles.active=production",
                "--crosswise.neo4j.uri=bolt://localhost:" + boltPort,
                "--crosswise.neo4j.seed=true",
                "--crosswise.demo.activity.enabled=false", // the demo's weeks of offers are not what this tests
                "--crosswise.api-keys=" + CrosswiseHttpTest.API_KEYS)) {
            String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            var client = HttpSyncGraphQlClient.create(RestClient.builder().baseUrl(base + "/graphql")
                    .defaultHeader("X-API-Key", CrosswiseHttpTest.FRONTEND_KEY).build());

            assertThat(get(base, "/actuator/health", null)).containsEntry("status", 200);
            assertThat((String) client.document(CUSTOMER).executeSync().field("customer.name").getValue()).isEqualTo("Ada Lovelace");
            productionProfileHidesWhatClientsDoNotNeed(base, client);

            neo4j.close();
            neo4j = null;

            assertThat(get(base, "/actuator/health", null)).containsEntry("status", 503);
            for (String document : new String[] {CUSTOMER, WHAT_NEXT}) {
                long start = System.nanoTime();
                ClientGraphQlResponse response = client.document(document).executeSync();
                assertThat(response.getErrors()).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("UNAVAILABLE");
                    assertThat(error.getMessage()).contains("retry");
                });
                // the driver retries for crosswise.neo4j.timeouts.retry (3 s), then gives up: no hanging request
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            }

            neo4j = EmbeddedNeo4j.start(dataDir, boltPort, "64m");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            ClientGraphQlResponse recovered;
            do {
                Thread.sleep(200);
                recovered = client.document(CUSTOMER).executeSync();
            } while (!recovered.getErrors().isEmpty() && System.nanoTime() < deadline);
            assertThat(recovered.getErrors()).isEmpty();
            assertThat((String) recovered.field("customer.name").getValue()).isEqualTo("Ada Lovelace");
            assertThat(client.document(WHAT_NEXT).executeSync().getErrors()).isEmpty();
            assertThat(get(base, "/actuator/health", null)).containsEntry("status", 200);
        } finally {
            if (neo4j != null) {
                neo4j.close();
            }
            // Boot turns introspection off JVM-wide (graphql-java's static switch) and never back on: restore it
            // for the tests that run after this one in the same JVM.
            Introspection.enabledJvmWide(true);
        }
    }

    private static void productionProfileHidesWhatClientsDoNotNeed(String base, HttpSyncGraphQlClient client) {
        var introspection = client.document("{ __schema { queryType { name } } }").executeSync();
        assertThat(introspection.getErrors()).isNotEmpty();
        assertThat((Object) introspection.getData()).satisfiesAnyOf(
                data -> assertThat(data).isNull(),
                data -> assertThat(((Map<?, ?>) data).get("__schema")).isNull());
        assertThat(get(base, "/graphiql", null).get("status")).isEqualTo(404);
        assertThat((String) get(base, "/actuator/health", null).get("body")).doesNotContain("neo4j");
        assertThat((String) get(base, "/actuator/health", CrosswiseHttpTest.ADMIN_KEY).get("body")).contains("neo4j");
    }

    private static Map<String, Object> get(String base, String path, String key) {
        var request = RestClient.create(base).get().uri(path);
        if (key != null) {
            request = request.header("X-API-Key", key);
        }
        return request.exchange((req, res) -> Map.of("status", res.getStatusCode().value(),
                "body", new String(res.getBody().readAllBytes())));
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
