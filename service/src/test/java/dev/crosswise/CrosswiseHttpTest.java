package dev.crosswise;

import dev.crosswise.graph.TestGraph;
import dev.crosswise.security.Role;
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
 *
 * <p>{@link #graphQl} sends the admin key, so it may call every operation; {@link #graphQl(Role)} and
 * {@link #graphQlWithoutKey()} give clients of another role or none, for access tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class CrosswiseHttpTest {

    /** The test keys, one per role, configured as CROSSWISE_API_KEYS would be. */
    public static final String ADMIN_KEY = "test-admin-key-0123456789";
    public static final String ANALYST_KEY = "test-analyst-key-0123456789";
    public static final String FRONTEND_KEY = "test-frontend-key-0123456789";
    /** The key a shop ships in its pages: anonymous visitors only (customers come with a customer token). */
    public static final String STOREFRONT_KEY = "test-storefront-key-0123456789";
    /** The secret the shop's backend signs customer tokens with, as CROSSWISE_STOREFRONT_JWT_SECRET would be. */
    public static final String STOREFRONT_JWT_SECRET = "test-storefront-jwt-secret-0123456789-abcdef";
    /** The Prometheus server's key, configured as CROSSWISE_PROMETHEUS_KEY would be: it may scrape, nothing else. */
    public static final String PROMETHEUS_KEY = "test-prometheus-key-0123456789";
    /** The one web origin whose pages may call the API from a browser, as SPRING_GRAPHQL_CORS_ALLOWED_ORIGINS says. */
    public static final String SHOP_ORIGIN = "https://shop.example";
    public static final String API_KEYS = ADMIN_KEY + ":admin," + ANALYST_KEY + ":analyst," + FRONTEND_KEY + ":frontend,"
            + STOREFRONT_KEY + ":storefront";

    @LocalServerPort
    protected int port;

    /** A client with the admin key. */
    protected HttpSyncGraphQlClient graphQl;

    @DynamicPropertySource
    static void sharedGraph(DynamicPropertyRegistry registry) {
        TestGraph graph = TestGraph.get();
        registry.add("crosswise.neo4j.uri", graph::uri);
        registry.add("crosswise.neo4j.password", () -> graph.password() == null ? "" : graph.password());
        registry.add("crosswise.api-keys", () -> API_KEYS);
        registry.add("crosswise.prometheus-key", () -> PROMETHEUS_KEY);
        registry.add("crosswise.storefront-jwt-secret", () -> STOREFRONT_JWT_SECRET);
        registry.add("spring.graphql.cors.allowed-origins", () -> SHOP_ORIGIN);
        // experiments of their own (none but what a test writes there), so that no test's customers are held out
        registry.add("crosswise.experiments.dir", EXPERIMENTS::toString);
    }

    /** The experiments folder of the shared service: empty but for what a test writes (and removes again). */
    public static final java.nio.file.Path EXPERIMENTS = TemporaryDirectories.removedAtExit("experiments");

    @BeforeEach
    void graphQlClient() {
        graphQl = graphQl(Role.ADMIN);
    }

    /** A client sending the test key of {@code role}. */
    protected HttpSyncGraphQlClient graphQl(Role role) {
        return graphQlWithKey(switch (role) {
            case ADMIN -> ADMIN_KEY;
            case ANALYST -> ANALYST_KEY;
            case FRONTEND -> FRONTEND_KEY;
            case STOREFRONT -> STOREFRONT_KEY;
        });
    }

    /** A client sending {@code key} as it is, e.g. a wrong one. */
    protected HttpSyncGraphQlClient graphQlWithKey(String key) {
        return HttpSyncGraphQlClient.create(RestClient.builder().baseUrl(baseUrl() + "/graphql")
                .defaultHeader("X-API-Key", key).build());
    }

    /** A client sending {@code token} as a bearer token, e.g. a customer token. */
    protected HttpSyncGraphQlClient graphQlWithToken(String token) {
        return HttpSyncGraphQlClient.create(RestClient.builder().baseUrl(baseUrl() + "/graphql")
                .defaultHeader("Authorization", "Bearer " + token).build());
    }

    /** A client sending no credential at all. */
    protected HttpSyncGraphQlClient graphQlWithoutKey() {
        return HttpSyncGraphQlClient.create(RestClient.create(baseUrl() + "/graphql"));
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
