package dev.crosswise.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Abuse of the API is refused with a BAD_REQUEST that names the limit or the argument, before anything is fetched. */
class RequestLimitsTest extends CrosswiseHttpTest {

    @Test
    void aQueryDeeperThanTheLimitIsRefused() {
        String deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType "
                + "{ ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } } } }";
        assertRefused(graphQl.document(deep).executeSync(), "maxDepth", "levels deep");
        // the document's shape is worked out once; the same document is refused again, not waved through
        assertRefused(graphQl.document(deep).executeSync(), "maxDepth", "levels deep");
    }

    @Test
    void theIntrospectionQueryOfGraphiqlStaysWithinTheLimits() {
        String introspection = graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY;
        var response = graphQl.document(introspection).executeSync();
        assertThat(response.getErrors()).isEmpty();
    }

    @Test
    void aQuerySelectingTooManyFieldsIsRefused() {
        // each alias within the alias limit, but 30 copies of a 13-field subtree
        StringBuilder copies = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            copies.append(" a").append(i).append(": owns { since usagePercent product { sku name price category family"
                    + " level premium consumable stock } }");
        }
        assertRefused(graphQl.document("{ customer(id: \"C-ADA\") {" + copies + " } }").executeSync(),
                "maxComplexity", "fields");
    }

    @Test
    void anAliasFloodIsRefused() {
        StringBuilder aliases = new StringBuilder();
        for (int i = 0; i <= 30; i++) {
            aliases.append(" a").append(i).append(": name");
        }
        assertRefused(graphQl.document("{ customer(id: \"C-ADA\") {" + aliases + " } }").executeSync(),
                "maxAliases", "aliases");
    }

    @Test
    void aBatchOfManyOperationsInOneRequestIsRefused() {
        String batch = "{ " + String.join(" ", Collections.nCopies(11, "whatNext(customerId: \"C-ADA\") { id }")) + " }";
        assertRefused(graphQl.document(batch).executeSync(), "maxRootFields", "top-level fields");
    }

    @Test
    void aDocumentWithTooManyTokensIsRefusedByTheParser() {
        String document = "{ customer(id: \"C-ADA\") { " + String.join(" ", Collections.nCopies(3100, "name")) + " } }";
        var response = graphQl.document(document).executeSync();
        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getMessage()).contains("tokens");
        });
    }

    @Test
    void aLongDocumentIsRefused() {
        String document = "# " + "x".repeat(20_100) + "\n{ customer(id: \"C-ADA\") { name } }";
        assertRefused(graphQl.document(document).executeSync(), "maxDocumentChars", "characters");
    }

    @Test
    void aLargeRequestBodyIsRefusedWith413BeforeItIsRead() {
        String body = "{\"query\":\"{ customer(id: \\\"C-ADA\\\") { name } }\",\"variables\":{\"pad\":\""
                + "x".repeat(300_000) + "\"}}";
        var answer = RestClient.create(baseUrl()).post().uri("/graphql").header("X-API-Key", ADMIN_KEY)
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> Map.of("status", response.getStatusCode().value(),
                        "body", new String(response.getBody().readAllBytes())));
        assertThat(answer.get("status")).isEqualTo(413);
        assertThat((String) answer.get("body")).contains("BAD_REQUEST").contains("maxBodyBytes");
    }

    @Test
    void idArgumentsMustNotBeBlankOrOverlong() {
        assertBadArgument(graphQl.document("{ customer(id: \"  \") { name } }").executeSync(), "id", "blank");
        assertBadArgument(graphQl.document("query($sku: ID!) { product(sku: $sku) { name } }")
                .variable("sku", "S".repeat(201)).executeSync(), "sku", "201 characters");
    }

    @Test
    void controlCharactersInIdsAreRefused() {
        var response = graphQl.document("query($id: ID!) { whatNext(customerId: $id) { id } }")
                .variable("id", "C-ADA\u0000").executeSync();
        assertBadArgument(response, "customerId", "control character");
    }

    @Test
    void listArgumentsAreBoundedAndNamedByTheirPathInTheInput() {
        var response = graphQl.document("query($ctx: DecisionContext) { whatNext(customerId: \"C-ADA\", context: $ctx) { id } }")
                .variable("ctx", Map.of("cartSkus", Collections.nCopies(501, "W-SHO-OXF"))).executeSync();
        assertBadArgument(response, "context.cartSkus", "501 items");
    }

    @Test
    void aDateBeyondTheYearsADecisionCanCountWithIsABadRequestNamingTheArgument() {
        // java.time takes nine-digit years; their milliseconds overflow the hours a decision counts
        assertBadArgument(graphQl.document("query($at: DateTime) { whatNext(customerId: \"C-ADA\", at: $at) { id } }")
                .variable("at", "+999999999-12-31T23:59:59Z").executeSync(), "at", "years 1900 to 9999");
        assertBadArgument(graphQl.document("{ whatNext(customerId: \"C-ADA\", at: \"-999999999-01-01T00:00:00Z\") { id } }")
                .executeSync(), "at", "years 1900 to 9999");
        assertBadArgument(graphQl.document("""
                mutation { recordEvent(input: {eventId: "E-ANCIENT", type: VISIT, customerId: "C-ADA",
                                               at: "1899-12-31T23:59:59Z"}) { duplicate } }""").executeSync(),
                "input.at", "years 1900 to 9999");
    }

    @Test
    void aMalformedDateOrAnUnknownEnumValueIsABadRequestNamingTheArgument() {
        assertBadArgument(graphQl.document("query($at: DateTime) { whatNext(customerId: \"C-ADA\", at: $at) { id } }")
                .variable("at", "yesterday").executeSync(), "at", "ISO-8601");
        assertBadArgument(graphQl.document("{ whatNext(customerId: \"C-ADA\", at: \"soon\") { id } }").executeSync(),
                "at", "ISO-8601");
        assertBadArgument(graphQl.document("{ whatNext(customerId: \"C-ADA\", channel: FAX) { id } }").executeSync(),
                "channel", "Channel");
        assertBadArgument(graphQl.document("query($c: Channel) { whatNext(customerId: \"C-ADA\", channel: $c) { id } }")
                .variable("c", "FAX").executeSync(), "c", "FAX");
    }

    @Test
    void aSyntaxErrorIsABadRequest() {
        var response = graphQl.document("{ whatNext(customerId: ").executeSync();
        assertThat(response.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
    }

    private static void assertRefused(ClientGraphQlResponse response, String limit, String words) {
        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getExtensions()).containsEntry("limit", limit);
            assertThat(error.getMessage()).contains(words);
        });
        assertThat((Object) response.getData()).isNull();
    }

    private static void assertBadArgument(ClientGraphQlResponse response, String field, String words) {
        assertThat(response.getErrors()).as(response.toString()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getExtensions()).containsEntry("field", field);
            assertThat(error.getMessage()).contains(words).doesNotContain("Exception").doesNotContain("at dev.");
        });
    }
}
