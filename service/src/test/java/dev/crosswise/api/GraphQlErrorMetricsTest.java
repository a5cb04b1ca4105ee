package dev.crosswise.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/** Errors in GraphQL answers come back with HTTP 200; the service counts them by classification all the same. */
class GraphQlErrorMetricsTest extends CrosswiseHttpTest {

    @Test
    void anAnswerWithAnErrorIsCountedUnderItsClassification() {
        double notFoundBefore = errors("NOT_FOUND");
        double allBefore = errors(null);

        var answer = graphQl.document("{ whatNext(customerId: \"C-NOBODY\") { id } }").executeSync();

        assertThat(answer.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType()).hasToString("NOT_FOUND"));
        assertThat(errors("NOT_FOUND")).isEqualTo(notFoundBefore + 1);
        assertThat(errors(null)).isEqualTo(allBefore + 1);
    }

    @Test
    void anAnswerWithoutErrorsCountsNothing() {
        double before = errors(null);

        var answer = graphQl.document("{ whatNext(customerId: \"C-ADA\", at: \"2026-11-20T09:00:00Z\") { id } }")
                .executeSync();

        assertThat(answer.getErrors()).isEmpty();
        assertThat(errors(null)).isEqualTo(before);
    }

    /** {@code crosswise.graphql.errors} as {@code /actuator/metrics} shows it: all, or of one classification. */
    @SuppressWarnings("unchecked")
    private double errors(String classification) {
        String uri = "/actuator/metrics/crosswise.graphql.errors"
                + (classification == null ? "" : "?tag=classification:" + classification);
        var metric = RestClient.create(baseUrl()).get().uri(uri).header("X-API-Key", ADMIN_KEY).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> { }).toEntity(Map.class);
        if (metric.getStatusCode().value() == 404) {
            return 0; // nothing of that kind counted yet
        }
        var measurements = (List<Map<String, Object>>) metric.getBody().get("measurements");
        return ((Number) measurements.getFirst().get("value")).doubleValue();
    }
}
