package dev.crosswise.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseApplication;
import dev.crosswise.CrosswiseHttpTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

/**
 * The README's first command, as a test: with no Neo4j configured the service runs Neo4j in-process, keeps the
 * data on disk, opens Bolt for other tools, loads the seed on the first start only, and answers GraphQL.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultTest {

    @TempDir
    Path dataDir;

    @Test
    void firstStartSeedsTheGraphAndASecondStartOnTheSameDataDoesNotDuplicateIt(CapturedOutput output) {
        long productsAfterFirstStart;
        try (var app = start(CrosswiseHttpTest.API_KEYS)) {
            assertThat(Files.isDirectory(dataDir.resolve("data"))).isTrue();
            productsAfterFirstStart = countOverBolt(app, "MATCH (p:Product) RETURN count(p) AS n");
            assertThat(productsAfterFirstStart).isBetween(30L, 80L);
            assertThat(countOverBolt(app, "MATCH (c:Customer) RETURN count(c) AS n")).isBetween(20L, 50L);

            var client = client(app, CrosswiseHttpTest.FRONTEND_KEY);
            String name = client.document("{ customer(id: \"C-GRACE\") { name } }").executeSync()
                    .field("customer.name").getValue();
            assertThat(name).isEqualTo("Grace Hopper");

            // a merchandiser renames a product in Neo4j Browser: the next decision shows the new name
            assertThat(nameInDecision(client, "C-ADA", "W-SHO-OXF")).isNotEqualTo("Oxfords, renamed in Browser");
            writeOverBolt(app, "MATCH (p:Product {sku: 'W-SHO-OXF'}) SET p.name = 'Oxfords, renamed in Browser'");
            assertThat(nameInDecision(client, "C-ADA", "W-SHO-OXF")).isEqualTo("Oxfords, renamed in Browser");
        }
        // The second start has no CROSSWISE_API_KEYS: it generates one random key per role and logs them once.
        try (var app = start("")) {
            Matcher generated = Pattern.compile("frontend\\s+(frontend-[A-Za-z0-9_-]{43})").matcher(output.getOut());
            assertThat(generated.find()).as("generated frontend key in the start-up log").isTrue();
            assertThat(output.getOut()).containsPattern("analyst\\s+analyst-").containsPattern("admin\\s+admin-");
            var withGeneratedKey = client(app, generated.group(1));
            assertThat((String) withGeneratedKey.document("{ customer(id: \"C-GRACE\") { name } }").executeSync()
                    .field("customer.name").getValue()).isEqualTo("Grace Hopper");
            assertThat(client(app, CrosswiseHttpTest.FRONTEND_KEY).document("{ customer(id: \"C-GRACE\") { name } }")
                    .executeSync().getErrors()).singleElement()
                    .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED"));

            assertThat(countOverBolt(app, "MATCH (p:Product) RETURN count(p) AS n")).isEqualTo(productsAfterFirstStart);
            assertThat(countOverBolt(app, "MATCH (e:Event) WHERE e.id STARTS WITH 'seed-' RETURN count(e) AS n"))
                    .isEqualTo(countOverBolt(app, "MATCH (e:Event) WHERE e.id STARTS WITH 'seed-' RETURN count(DISTINCT e.id) AS n"));
            assertThat(countOverBolt(app, "MATCH (s:SeedFile) RETURN count(s) AS n"))
                    .isEqualTo(GraphSetup.scripts("classpath*:seed/*.cypher").size());
        }
    }

    private ConfigurableApplicationContext start(String apiKeys) {
        return new SpringApplication(CrosswiseApplication.class).run(
                "--server.port=0",
                "--crosswise.api-keys=" + apiKeys,
                "--crosswise.neo4j.data-dir=" + dataDir,
                "--crosswise.neo4j.bolt-port=0",
                "--crosswise.neo4j.page-cache=64m");
    }

    private static HttpSyncGraphQlClient client(ConfigurableApplicationContext app, String key) {
        return HttpSyncGraphQlClient.create(RestClient.builder()
                .baseUrl("http://localhost:" + httpPort(app) + "/graphql")
                .defaultHeader("X-API-Key", key).build());
    }

    /** The name a decision for {@code customerId} gives product {@code sku}, offered or suppressed. */
    @SuppressWarnings("unchecked")
    private static String nameInDecision(HttpSyncGraphQlClient client, String customerId, String sku) {
        Map<String, Object> decision = client.document("""
                query($id: ID!) { whatNext(customerId: $id, at: "2026-11-20T09:00:00Z", limit: 10) {
                  actions { product { sku name } } suppressed { product { sku name } } } }""")
                .variable("id", customerId).executeSync().field("whatNext").getValue();
        return Stream.of("actions", "suppressed")
                .flatMap(list -> ((List<Map<String, Object>>) decision.get(list)).stream())
                .map(entry -> (Map<String, Object>) entry.get("product"))
                .filter(product -> sku.equals(product.get("sku")))
                .map(product -> (String) product.get("name"))
                .findFirst().orElseThrow(() -> new AssertionError(sku + " is in no decision for " + customerId));
    }

    private static void writeOverBolt(ConfigurableApplicationContext app, String cypher) {
        var bolt = app.getBean(EmbeddedNeo4j.class).boltUri();
        try (var driver = GraphDatabase.driver(bolt, AuthTokens.none())) {
            driver.executableQuery(cypher).withParameters(Map.of()).execute();
        }
    }

    /** Counts through a separate driver over Bolt, as Neo4j Browser or cypher-shell would connect. */
    private static long countOverBolt(ConfigurableApplicationContext app, String cypher) {
        var bolt = app.getBean(EmbeddedNeo4j.class).boltUri();
        try (var driver = GraphDatabase.driver(bolt, AuthTokens.none())) {
            return driver.executableQuery(cypher).withParameters(Map.of()).execute()
                    .records().getFirst().get("n").asLong();
        }
    }

    private static int httpPort(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
