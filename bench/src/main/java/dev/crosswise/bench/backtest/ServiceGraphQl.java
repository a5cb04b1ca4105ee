package dev.crosswise.bench.backtest;

import dev.crosswise.bench.KeepAliveHttp;
import dev.crosswise.bench.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's GraphQL endpoint as a user's code calls it: a POST with the query, its variables and the key in
 * {@code X-API-Key}, on one kept-alive connection per calling thread.
 */
final class ServiceGraphQl implements AutoCloseable {

    /** What came back: {@code data}, or the first error's message (a GraphQL error, an HTTP status, an I/O failure). */
    record Answer(JsonNode data, String error) {
        boolean failed() {
            return error != null;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeepAliveHttp http;

    ServiceGraphQl(int httpPort) {
        this.http = new KeepAliveHttp(URI.create("http://localhost:" + httpPort),
                List.of("Content-Type: application/json", "X-API-Key: " + ServiceProcess.API_KEY));
    }

    Answer post(String query, Map<String, Object> variables) {
        try {
            KeepAliveHttp.Answer answer = http.post("/graphql",
                    JSON.writeValueAsBytes(Map.of("query", query, "variables", variables)));
            if (answer.status() != 200) {
                return new Answer(null, "HTTP " + answer.status() + ": " + abridged(answer.text()));
            }
            JsonNode body = JSON.readTree(answer.body());
            JsonNode errors = body.path("errors");
            if (errors.isArray() && !errors.isEmpty()) {
                return new Answer(null, errors.get(0).path("message").asString(abridged(errors.toString())));
            }
            return new Answer(body.path("data"), null);
        } catch (IOException | RuntimeException e) {
            return new Answer(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String abridged(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    @Override
    public void close() {
        http.close();
    }
}
