package dev.crosswise;

import dev.crosswise.graph.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Base of the end-to-end tests: the whole service on a random port, talking to the shared test graph (schema and
 * demo seed loaded), queried over real HTTP. All subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class CrosswiseHttpTest {

    @LocalServerPort
    protected int port;

    protected HttpSyncGraphQlClient graphQl;

    @DynamicPropertySource
    static void sharedGraph(DynamicPropertyRegistry registry) {
        TestGraph graph = TestGraph.get();
        registry.add("crosswise.neo4j.uri", graph::uri);
        registry.add("crosswise.neo4j.password", () -> graph.password() == null ? "" : graph.password());
    }

    @BeforeEach
    void graphQlClient() {
        graphQl = HttpSyncGraphQlClient.create(RestClient.create("http://localhost:" + port + "/graphql"));
    }
}
