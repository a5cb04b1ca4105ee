package dev.crosswise.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

/**
 * What a Prometheus server needs and no more: {@code /actuator/prometheus} answers the analyst and admin keys, and the
 * scrape key (CROSSWISE_PROMETHEUS_KEY) that opens nothing else — not another actuator endpoint, not GraphQL.
 */
class PrometheusAccessTest extends CrosswiseHttpTest {

    private static final String PROMETHEUS = "/actuator/prometheus";
    private static final String WHAT_NEXT = "{ whatNext(customerId: \"C-ADA\", at: \"2026-11-20T09:00:00Z\") { id } }";

    @Test
    void theAnalystAndAdminKeysMayScrapeAndTheFrontendKeyMayNot() {
        assertThat(status(PROMETHEUS, "X-API-Key", null)).isEqualTo(401);
        assertThat(status(PROMETHEUS, "X-API-Key", "wrong-key-wrong-key-wrong")).isEqualTo(401);
        assertThat(status(PROMETHEUS, "X-API-Key", FRONTEND_KEY)).isEqualTo(403);
        assertThat(status(PROMETHEUS, "X-API-Key", ANALYST_KEY)).isEqualTo(200);
        assertThat(status(PROMETHEUS, "X-API-Key", ADMIN_KEY)).isEqualTo(200);
    }

    @Test
    void theScrapeKeyScrapesAsABearerTokenOrInXApiKey() {
        assertThat(status(PROMETHEUS, "Authorization", "Bearer " + PROMETHEUS_KEY)).isEqualTo(200);
        assertThat(status(PROMETHEUS, "X-API-Key", PROMETHEUS_KEY)).isEqualTo(200);
        assertThat(status(PROMETHEUS, "Authorization", "Bearer wrong-key-wrong-key-wrong")).isEqualTo(401);
    }

    @Test
    void theScrapeAnswerIsPrometheusText() {
        var answer = RestClient.create(baseUrl()).get().uri(PROMETHEUS).header("Authorization", "Bearer " + PROMETHEUS_KEY)
                .retrieve().toEntity(String.class);

        assertThat(answer.getHeaders().getContentType()).hasToString("text/plain;version=0.0.4;charset=utf-8");
        assertThat(answer.getBody()).contains("# TYPE jvm_memory_used_bytes gauge");
    }

    @Test
    void theScrapeKeyOpensNothingElse() {
        for (String path : new String[] {"/actuator/metrics", "/actuator/info", "/actuator"}) {
            assertThat(status(path, "Authorization", "Bearer " + PROMETHEUS_KEY)).as(path).isEqualTo(401);
            assertThat(status(path, "X-API-Key", PROMETHEUS_KEY)).as(path).isEqualTo(401);
        }
        var inXApiKey = graphQlWithKey(PROMETHEUS_KEY).document(WHAT_NEXT).executeSync();
        var asBearer = HttpSyncGraphQlClient.create(RestClient.builder().baseUrl(baseUrl() + "/graphql")
                .defaultHeader("Authorization", "Bearer " + PROMETHEUS_KEY).build()).document(WHAT_NEXT).executeSync();
        for (var answer : List.of(inXApiKey, asBearer)) {
            assertThat(answer.getErrors()).singleElement()
                    .satisfies(error -> assertThat(error.getErrorType()).hasToString("UNAUTHORIZED"));
        }
    }

    private int status(String path, String header, String value) {
        var request = RestClient.create(baseUrl()).get().uri(path);
        if (value != null) {
            request = request.header(header, value);
        }
        return request.exchange((req, res) -> res.getStatusCode()).value();
    }
}
