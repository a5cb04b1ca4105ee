package dev.crosswise.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

/**
 * The README's first command, as a test: with no Neo4j configured the service runs Neo4j in-process, keeps the
 * data on disk, opens Bolt for other tools, loads the seed on the first start only, and answers GraphQL.
 */
class EmbeddedDefaultTest {

    @TempDir
    Path dataDir;

    @Test
    void firstStartSeedsTheGraphAndASecondStartOnTheSameDataDoesNotDuplicateIt() {
        long productsAfterFirstStart;
        try (var app = start()) {
            assertThat(Files.isDirectory(dataDir.resolve("data"))).isTrue();
            productsAfterFirstStart = countOverBolt(app, "MATCH (p:Product) RETURN count(p) AS n");
            assertThat(productsAfterFirstStart).isBetween(30L, 80L);
            assertThat(countOverBolt(app, "MATCH (c:Customer) RETURN count(c) AS n")).isBetween(20L, 50L);

            var client = HttpSyncGraphQlClient.create(RestClient.create("http://localhost:" + httpPort(app) + "/graphql"));
            String name = client.document("{ customer(id: \"C-GRACE\") { name } }").executeSync()
                    .field("customer.name").getValue();
            assertThat(name).isEqualTo("Grace Hopper");
        }
        try (var app = start()) {
            assertThat(countOverBolt(app, "MATCH (p:Product) RETURN count(p) AS n")).isEqualTo(productsAfterFirstStart);
            assertThat(countOverBolt(app, "MATCH (e:Event) WHERE e.id STARTS WITH 'seed-' RETURN count(e) AS n"))
                    .isEqualTo(countOverBolt(app, "MATCH (e:Event) WHERE e.id STARTS WITH 'seed-' RETURN count(DISTINCT e.id) AS n"));
            assertThat(countOverBolt(app, "MATCH (s:SeedFile) RETURN count(s) AS n")).isEqualTo(seedFiles());
        }
    }

    /** One :SeedFile node per file of seed/, loaded once. */
    private static long seedFiles() {
        try (var files = Files.list(Path.of("seed"))) {
            return files.filter(f -> f.toString().endsWith(".cypher")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplication(CrosswiseApplication.class).run(
                "--server.port=0",
                "--crosswise.neo4j.data-dir=" + dataDir,
                "--crosswise.neo4j.bolt-port=0",
                "--crosswise.neo4j.page-cache=64m");
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
