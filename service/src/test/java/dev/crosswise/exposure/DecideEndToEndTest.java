package dev.crosswise.exposure;

import static dev.crosswise.TestShop.count;
import static dev.crosswise.TestShop.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import dev.crosswise.graph.TestGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** decide over real HTTP: the whatNext decision, recorded with one exposure per action. */
class DecideEndToEndTest extends CrosswiseHttpTest {

    private TestShop shop;
    private String customer;

    /** A new customer who bought the navy blazer the day before, so the rest of the office look is on offer. */
    @BeforeEach
    void customerWhoJustBoughtTheBlazer() {
        shop = new TestShop(graphQl);
        customer = shop.newCustomer();
        shop.purchase(customer, "W-BLZ-NAVY", TestShop.unique("O"), "2026-11-19T10:00:00Z");
    }

    @Test
    void decideRecordsTheDecisionAndOneExposurePerAction() {
        var response = ok(shop.execute("decide", Map.of("customerId", customer, "at", "2026-11-20T09:00:00Z",
                "limit", 3, "context", Map.of("placement", "HOME"))));

        String decisionId = response.field("decide.id").getValue();
        List<Map<String, Object>> actions = response.field("decide.actions").getValue();
        assertThat((Boolean) response.field("decide.recorded").getValue()).isTrue();
        assertThat(actions).isNotEmpty();

        var decision = TestGraph.get().graph().read("""
                MATCH (d:Decision {id: $id})-[:FOR]->(c:Customer)
                RETURN c.id AS customer, d.at AS at, d.rulesVersion AS rulesVersion, d.placement AS placement
                """, Map.of("id", decisionId)).records();
        assertThat(decision).singleElement().satisfies(d -> {
            assertThat(d.get("customer").asString()).isEqualTo(customer);
            assertThat(d.get("at").asZonedDateTime().toInstant()).hasToString("2026-11-20T09:00:00Z");
            assertThat(d.get("rulesVersion").asString()).isEqualTo(response.field("decide.rulesVersion").getValue());
            assertThat(d.get("placement").asString()).isEqualTo("HOME");
        });
        var offered = TestGraph.get().graph().read("""
                MATCH (:Decision {id: $id})-[o:OFFERED]->(p:Product)
                RETURN p.sku AS sku, o.rank AS rank, o.strategy AS strategy, o.moment AS moment, o.channel AS channel,
                       o.score AS score
                ORDER BY o.rank
                """, Map.of("id", decisionId)).records();
        assertThat(offered).hasSameSizeAs(actions);
        for (int i = 0; i < actions.size(); i++) {
            var action = actions.get(i);
            var edge = offered.get(i);
            assertThat(edge.get("sku").asString()).isEqualTo(((Map<?, ?>) action.get("product")).get("sku"));
            assertThat(edge.get("rank").asInt()).isEqualTo(action.get("rank"));
            assertThat(edge.get("strategy").asString()).isEqualTo(action.get("strategy"));
            assertThat(edge.get("moment").asString(null)).isEqualTo(action.get("moment"));
            assertThat(edge.get("channel").asString()).isEqualTo(action.get("channel"));
            assertThat(edge.get("score").asDouble()).isEqualTo(((Number) action.get("score")).doubleValue());
        }
    }

    @Test
    void decideAnswersWhatWhatNextAnswersButOnlyDecideIsRecorded() {
        var asked = ok(shop.execute("whatNextRecorded", Map.of("customerId", customer, "at", "2026-11-20T09:00:00Z")));
        var decided = ok(shop.execute("decide", Map.of("customerId", customer, "at", "2026-11-20T09:00:00Z")));

        assertThat((List<?>) decided.field("decide.actions").getValue())
                .isEqualTo(asked.field("whatNext.actions").getValue());
        assertThat((Boolean) asked.field("whatNext.recorded").getValue()).isFalse();
        assertThat(count("MATCH (d:Decision {id: $id}) RETURN count(d)",
                Map.of("id", asked.field("whatNext.id").getValue()))).isZero();
        assertThat(count("MATCH (d:Decision)-[:FOR]->(:Customer {id: $c}) RETURN count(d)", Map.of("c", customer)))
                .isOne();
    }

    @Test
    void decidingForAnUnknownCustomerIsNotFoundAndRecordsNothing() {
        var response = shop.execute("decide", Map.of("customerId", "C-NOBODY-DECIDE"));

        assertThat(response.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND"));
        assertThat(count("MATCH (d:Decision)-[:FOR]->(:Customer {id: 'C-NOBODY-DECIDE'}) RETURN count(d)", Map.of()))
                .isZero();
    }
}
