package dev.crosswise.response;

import static dev.crosswise.TestShop.count;
import static dev.crosswise.TestShop.ok;
import static dev.crosswise.TestShop.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** recordResponse over real HTTP: responses to the actions of a recorded decision. */
class RecordResponseEndToEndTest extends CrosswiseHttpTest {

    private TestShop shop;
    private String decisionId;
    private String offeredSku;

    @BeforeEach
    void aRecordedDecision() {
        shop = new TestShop(graphQl);
        String customer = shop.newCustomer();
        shop.purchase(customer, "W-BLZ-NAVY", unique("O"), "2026-11-19T10:00:00Z");
        var decision = ok(shop.execute("decide", Map.of("customerId", customer, "at", "2026-11-20T09:00:00Z")));
        decisionId = decision.field("decide.id").getValue();
        List<Map<String, Map<String, String>>> actions = decision.field("decide.actions").getValue();
        offeredSku = actions.getFirst().get("product").get("sku");
    }

    @Test
    void aClickOnAnOfferedActionIsRecordedAgainstTheDecision() {
        var response = ok(respond(Map.of("decisionId", decisionId, "sku", offeredSku, "type", "CLICKED",
                "at", "2026-11-20T09:05:00Z")));

        assertThat((Boolean) response.field("recordResponse.duplicate").getValue()).isFalse();
        assertThat((Map<String, Object>) response.field("recordResponse.response").getValue())
                .containsEntry("id", decisionId + ":" + offeredSku + ":CLICKED")
                .containsEntry("type", "CLICKED").containsEntry("at", "2026-11-20T09:05:00Z")
                .containsEntry("decisionId", decisionId).containsEntry("product", Map.of("sku", offeredSku));
        assertThat(count("""
                MATCH (p:Product {sku: $sku})<-[:ABOUT]-(r:Response {type: 'CLICKED'})-[:RESPONDS_TO]->(:Decision {id: $d})
                RETURN count(r)""", Map.of("sku", offeredSku, "d", decisionId))).isOne();
    }

    @Test
    void theSameResponseTwiceIsADuplicateButAnotherTypeIsNew() {
        ok(respond(Map.of("decisionId", decisionId, "sku", offeredSku, "type", "SHOWN")));

        var replay = ok(respond(Map.of("decisionId", decisionId, "sku", offeredSku, "type", "SHOWN")));
        var dismissal = ok(respond(Map.of("decisionId", decisionId, "sku", offeredSku, "type", "DISMISSED")));

        assertThat((Boolean) replay.field("recordResponse.duplicate").getValue()).isTrue();
        assertThat((Boolean) dismissal.field("recordResponse.duplicate").getValue()).isFalse();
        assertThat(count("MATCH (r:Response)-[:RESPONDS_TO]->(:Decision {id: $d}) RETURN count(r)",
                Map.of("d", decisionId))).isEqualTo(2);
    }

    @Test
    void anExplicitResponseIdIsTheIdempotencyKey() {
        String responseId = unique("R");
        ok(respond(Map.of("responseId", responseId, "decisionId", decisionId, "sku", offeredSku, "type", "SHOWN",
                "at", "2026-11-20T09:01:00Z")));
        var replay = ok(respond(Map.of("responseId", responseId, "decisionId", decisionId, "sku", offeredSku,
                "type", "SHOWN", "at", "2026-11-20T09:03:00Z")));

        assertThat((Boolean) replay.field("recordResponse.duplicate").getValue()).isTrue();
        assertThat((String) replay.field("recordResponse.response.at").getValue()).isEqualTo("2026-11-20T09:01:00Z");
        assertThat(count("MATCH (r:Response {id: $id}) RETURN count(r)", Map.of("id", responseId))).isOne();
    }

    @Test
    void theSameResponseIdForAnotherTypeIsABadRequestNotAnotherResponsesDuplicate() {
        String responseId = unique("R");
        ok(respond(Map.of("responseId", responseId, "decisionId", decisionId, "sku", offeredSku, "type", "SHOWN")));

        var reused = respond(Map.of("responseId", responseId, "decisionId", decisionId, "sku", offeredSku,
                "type", "ACCEPTED"));

        assertError(reused, "BAD_REQUEST", "input.responseId", "already recorded as SHOWN of " + offeredSku);
        assertThat(count("MATCH (r:Response {id: $id, type: 'SHOWN'}) RETURN count(r)", Map.of("id", responseId))).isOne();
        assertThat(count("MATCH (r:Response {type: 'ACCEPTED'})-[:RESPONDS_TO]->(:Decision {id: $d}) RETURN count(r)",
                Map.of("d", decisionId))).isZero();
    }

    @Test
    void aResponseBeforeItsDecisionIsABadRequestNamingTheTime() {
        var early = respond(Map.of("decisionId", decisionId, "sku", offeredSku, "type", "CLICKED",
                "at", "2026-11-20T08:59:00Z"));

        assertError(early, "BAD_REQUEST", "input.at", "2026-11-20T09:00:00Z");
        assertThat(count("MATCH (r:Response)-[:RESPONDS_TO]->(:Decision {id: $d}) RETURN count(r)",
                Map.of("d", decisionId))).isZero();
    }

    @Test
    void anUnknownDecisionIsNotFound() {
        var response = respond(Map.of("decisionId", "D-NOPE", "sku", offeredSku, "type", "CLICKED"));

        assertError(response, "NOT_FOUND", "input.decisionId", "D-NOPE");
        assertThat(count("MATCH (r:Response {id: $id}) RETURN count(r)",
                Map.of("id", "D-NOPE:" + offeredSku + ":CLICKED"))).isZero();
    }

    @Test
    void aProductTheDecisionDidNotOfferIsABadRequestNamingTheSku() {
        var response = respond(Map.of("decisionId", decisionId, "sku", "G-CARD-50", "type", "CLICKED"));

        assertError(response, "BAD_REQUEST", "input.sku", "G-CARD-50");
        assertThat(response.getErrors().getFirst().getMessage()).as("the offered products, best first")
                .contains("its actions offered: " + offeredSku);
        assertThat(count("MATCH (r:Response)-[:RESPONDS_TO]->(:Decision {id: $d}) RETURN count(r)",
                Map.of("d", decisionId))).isZero();
    }

    private ClientGraphQlResponse respond(Map<String, Object> input) {
        return shop.execute("recordResponse", Map.of("input", input));
    }

    private static void assertError(ClientGraphQlResponse response, String classification, String field, String text) {
        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo(classification);
            assertThat(error.getExtensions()).containsEntry("field", field);
            assertThat(error.getMessage()).contains(text);
        });
    }
}
