package dev.crosswise.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TemporaryDirectories;
import dev.crosswise.graph.EmbeddedNeo4j;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Every String and ID argument of every operation in the running schema (found at run time, so operations added
 * later are covered) receives Cypher injection payloads. All Cypher is parameterised, so nothing is deleted or
 * changed by a payload, and the answers are ordinary errors (BAD_REQUEST, NOT_FOUND) or data, never an internal
 * error or a database message. Runs on a graph of its own, since mutations here create data with odd ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CypherInjectionTest {

    static final List<String> PAYLOADS = List.of(
            "'",
            "\"",
            "'}) MATCH (n) DETACH DELETE n //",
            "\"}) MATCH (n) DETACH DELETE n //",
            "`}) MATCH (n) DETACH DELETE n //",
            "C-ADA'}) MATCH (n) SET n.pwned = true //",
            "C-ADA' OR 1=1 OR 'a'='a",
            "$customerId",
            "{customerId: 'C-ADA'}",
            "\\'; \\\"; \\\\",
            "Ωmega 𝕏 \u202Eevil 中文 🙂 é");

    private static Path dir;
    private static EmbeddedNeo4j neo4j;
    private static Driver driver;

    @LocalServerPort
    int port;

    @Autowired
    GraphQlSource graphQlSource;

    @DynamicPropertySource
    static void privateGraph(DynamicPropertyRegistry registry) throws IOException {
        dir = Files.createTempDirectory("crosswise-injection");
        neo4j = EmbeddedNeo4j.start(dir, 0, "64m");
        driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        registry.add("crosswise.neo4j.uri", () -> neo4j.boltUri().toString());
        registry.add("crosswise.neo4j.seed", () -> "true");
        registry.add("crosswise.demo.activity.enabled", () -> "false"); // the demo's weeks of offers add nothing here
        registry.add("crosswise.api-keys", () -> CrosswiseHttpTest.API_KEYS);
    }

    @AfterAll
    static void stop() {
        driver.close();
        neo4j.close();
        TemporaryDirectories.remove(dir);
    }

    @Test
    void injectionPayloadsInEveryTextArgumentChangeNothingAndAnswerSaneErrors() {
        var operations = new RootOperations(graphQlSource.schema());
        var client = HttpSyncGraphQlClient.create(RestClient.builder().baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader("X-API-Key", CrosswiseHttpTest.ADMIN_KEY).build());
        count("CREATE (:InjectionCanary {intact: true}) RETURN 1 AS n");
        Set<String> covered = new HashSet<>();
        List<String> problems = new ArrayList<>();

        for (var operation : operations.all()) {
            for (String path : operations.textArguments(operation)) {
                for (String payload : PAYLOADS) {
                    long nodes = count("MATCH (n) RETURN count(n) AS n");
                    long relationships = count("MATCH ()-[r]->() RETURN count(r) AS n");
                    var call = operations.call(operation, path, payload);
                    var response = client.document(call.document()).variables(call.variables()).executeSync();
                    String where = operation + " " + path + " <- " + payload;

                    response.getErrors().forEach(error -> {
                        String type = String.valueOf(error.getErrorType());
                        if (!Set.of("BAD_REQUEST", "NOT_FOUND").contains(type)) {
                            problems.add(where + ": " + type + " " + error.getMessage());
                        }
                        for (String leak : List.of("Exception", "Neo.", "Cypher", "org.neo4j", "at dev.")) {
                            if (error.getMessage().contains(leak)) {
                                problems.add(where + ": message leaks '" + leak + "': " + error.getMessage());
                            }
                        }
                    });
                    long nodesAfter = count("MATCH (n) RETURN count(n) AS n");
                    long relationshipsAfter = count("MATCH ()-[r]->() RETURN count(r) AS n");
                    if (operation.isMutation()) {
                        // a mutation may add what it is for (an event, a product named by the payload), never remove
                        assertThat(nodesAfter).as(where).isGreaterThanOrEqualTo(nodes);
                    } else {
                        assertThat(nodesAfter).as(where).isEqualTo(nodes);
                        assertThat(relationshipsAfter).as(where).isEqualTo(relationships);
                    }
                    assertThat(count("MATCH (c:InjectionCanary {intact: true}) RETURN count(c) AS n")).as(where).isOne();
                    assertThat(count("MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n) AS n")).as(where).isZero();
                    covered.add(operation.coordinate());
                }
            }
        }

        assertThat(problems).isEmpty();
        assertThat(covered).contains("Query.whatNext", "Query.customer", "Query.product");
        assertThat(count("MATCH (c:Customer) RETURN count(c) AS n")).isGreaterThan(20);
        assertThat(count("MATCH (p:Product) RETURN count(p) AS n")).isGreaterThan(30);
    }

    private static long count(String cypher) {
        return driver.executableQuery(cypher).withParameters(Map.of()).execute().records().getFirst().get("n").asLong();
    }
}
