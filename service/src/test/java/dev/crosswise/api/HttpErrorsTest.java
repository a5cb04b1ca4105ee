package dev.crosswise.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A request that never reaches GraphQL — a body that is not JSON, a GET, another Content-Type — still answers with
 * GraphQL's errors, saying what to send instead.
 */
class HttpErrorsTest extends CrosswiseHttpTest {

    @Test
    void aBodyThatIsNotJsonIsABadRequestShowingWhatToSend() {
        var answer = post(MediaType.APPLICATION_JSON, "{ whatNext(customerId: \"C-ADA\") { id } }");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(firstError(answer)).containsEntry("extensions", Map.of("classification", "BAD_REQUEST"))
                .extractingByKey("message").asString().contains("send JSON such as {\"query\"");
    }

    @Test
    void aGetIsMethodNotAllowedSayingToPostJson() {
        var answer = RestClient.create(baseUrl()).get().uri("/graphql").header("X-API-Key", FRONTEND_KEY)
                .accept(MediaType.APPLICATION_JSON).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> { }).toEntity(Map.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(405);
        assertThat(answer.getHeaders().getAllow()).containsExactly(org.springframework.http.HttpMethod.POST);
        assertThat(firstError(answer)).containsEntry("extensions", Map.of("classification", "BAD_REQUEST"))
                .extractingByKey("message").asString()
                .startsWith("/graphql takes POST requests, not GET: send JSON such as {\"query\"");
    }

    @Test
    void aBodyThatIsNotSentAsJsonIsAnUnsupportedMediaTypeNamingTheTypeSent() {
        var answer = post(MediaType.TEXT_PLAIN, "{ whatNext(customerId: \"C-ADA\") { id } }");

        assertThat(answer.getStatusCode().value()).isEqualTo(415);
        assertThat(firstError(answer)).containsEntry("extensions", Map.of("classification", "BAD_REQUEST"))
                .extractingByKey("message").asString()
                .startsWith("Content-Type 'text/plain").contains("with Content-Type: application/json");
    }

    private ResponseEntity<Map> post(MediaType type, String body) {
        return RestClient.create(baseUrl()).post().uri("/graphql").header("X-API-Key", FRONTEND_KEY)
                .contentType(type).accept(MediaType.APPLICATION_JSON).body(body).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> { }).toEntity(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstError(ResponseEntity<Map> answer) {
        assertThat(answer.getBody()).as("a JSON body").isNotNull();
        return ((List<Map<String, Object>>) answer.getBody().get("errors")).getFirst();
    }
}
