package dev.crosswise.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The GraphQL-over-HTTP specification's status codes, for each kind of answer and each of its two media types, over
 * real HTTP: what the README's table says. With {@code application/json} every well-formed request is 200 whatever
 * its errors; with {@code application/graphql-response+json} a request that never executes (no {@code data} entry)
 * is 4xx. Either way the body is a GraphQL response ({@code errors}, each classified, and nothing else at the top),
 * in the media type asked for.
 */
class GraphQlOverHttpTest extends CrosswiseHttpTest {

    static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    /** One kind of request, the statuses for application/json and application/graphql-response+json, the classification. */
    record Case(String name, String body, Map<String, String> headers, int json, int graphQlResponse,
                String classification, boolean dataEntry) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        Map<String, String> frontend = Map.of("X-API-Key", FRONTEND_KEY);
        String expired = dev.crosswise.security.CustomerTokensForTests.expired("C-ADA");
        List<Case> cases = List.of(
                new Case("a body that is not JSON", "{ whatNext { id } }", frontend, 400, 400, "BAD_REQUEST", false),
                new Case("JSON without a query", "{\"qeury\": \"{ whatNext { id } }\"}", frontend, 400, 400, "BAD_REQUEST", false),
                new Case("variables that are not an object", "{\"query\": \"{ whatNext { id } }\", \"variables\": [7]}",
                        frontend, 400, 400, "BAD_REQUEST", false),
                new Case("a document that does not parse", "{\"query\": \"{ whatNext {\"}", frontend, 200, 400, "BAD_REQUEST", false),
                new Case("a document that does not validate", "{\"query\": \"{ whatNext { nope } }\"}", frontend, 200, 400,
                        "BAD_REQUEST", false),
                new Case("a variable of the wrong type",
                        "{\"query\": \"query($c: Channel) { whatNext(channel: $c) { id } }\", \"variables\": {\"c\": \"FAX\"}}",
                        frontend, 200, 400, "BAD_REQUEST", false),
                new Case("an operation over a limit (maxAliases)", "{\"query\": \"{ whatNext { " + IntStream.rangeClosed(1, 31)
                        .mapToObj(i -> "a" + i + ": id").collect(Collectors.joining(" ")) + " } }\"}",
                        frontend, 200, 400, "BAD_REQUEST", false),
                new Case("a field error (not found) that nulls the whole data", "{\"query\": \"{ whatNext(customerId: \\\"C-NOPE\\\") { id } }\"}",
                        frontend, 200, 200, "NOT_FOUND", true),
                new Case("an operation the role may not call, beside one it may",
                        "{\"query\": \"{ product(sku: \\\"W-SHO-OXF\\\") { sku } ruleSet { version } }\"}", frontend, 200, 200,
                        "FORBIDDEN", true),
                new Case("no credential", "{\"query\": \"{ whatNext { id } }\"}", Map.of(), 200, 200, "UNAUTHORIZED", true),
                new Case("a customer token that has expired", "{\"query\": \"{ whatNext { id } }\"}",
                        Map.of("Authorization", "Bearer " + expired), 401, 401, "UNAUTHORIZED", false),
                new Case("a body over maxBodyBytes", "{\"query\": \"{ whatNext { id } }\", \"x\": \"" + "x".repeat(300_000) + "\"}",
                        frontend, 413, 413, "BAD_REQUEST", false));
        return cases.stream().flatMap(c -> Stream.of(Arguments.of(c, MediaType.APPLICATION_JSON), Arguments.of(c, GRAPHQL_RESPONSE)));
    }

    @ParameterizedTest(name = "{0}, Accept: {1}")
    @MethodSource("cases")
    void answersWithTheSpecsStatusAndAGraphQlResponseInTheMediaTypeAskedFor(Case c, MediaType accept) {
        var answer = RestClient.create(baseUrl()).post().uri("/graphql")
                .headers(headers -> c.headers().forEach(headers::set))
                .contentType(MediaType.APPLICATION_JSON).accept(accept).body(c.body())
                .exchange((request, response) -> new Answer(response.getStatusCode().value(), response.getHeaders(),
                        new String(response.getBody().readAllBytes())));

        assertThat(answer.status()).isEqualTo(accept.equals(GRAPHQL_RESPONSE) ? c.graphQlResponse() : c.json());
        assertThat(answer.headers().getContentType()).as("Content-Type").isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(accept)).as(type.toString()).isTrue());
        Map<String, Object> body = JsonParserFactory.getJsonParser().parseMap(answer.body());
        assertThat(body.keySet()).as("a GraphQL response has data, errors and extensions only")
                .isSubsetOf("data", "errors", "extensions").contains("errors");
        assertThat(body.containsKey("data")).as("the data entry").isEqualTo(c.dataEntry());
        @SuppressWarnings("unchecked")
        var errors = (List<Map<String, Object>>) body.get("errors");
        assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(error).containsKey("message"));
        assertThat(errors).anySatisfy(error -> assertThat(error.get("extensions")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("classification", c.classification()));
    }

    record Answer(int status, HttpHeaders headers, String body) {
    }
}
