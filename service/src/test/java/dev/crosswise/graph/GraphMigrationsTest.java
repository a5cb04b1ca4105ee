package dev.crosswise.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/**
 * A graph written by an older version (offers without the flags and category metrics read) is brought up to date
 * once, at the next start, by the migrations of {@code graph-model/migrations}; a migration applied is not applied again.
 */
class GraphMigrationsTest {

    private static final String OFFER_RESPONSES = "M001__offer_responses.cypher";
    private static final String CREDIT_MARGINS = "M002__credit_margins_net_of_discounts.cypher";

    private final Graph graph = TestGraph.get().graph();
    private final String decisionId = "D-MIGRATION-" + UUID.randomUUID();

    /** What a decision with a clicked and a dismissed action looked like before the edges carried flags. */
    @BeforeEach
    void decisionWrittenByAnOlderVersion() {
        graph.write("""
                MATCH (c:Customer {id: 'C-ALAN'}), (boots:Product {sku: 'W-SHO-OXF'}), (socks:Product {sku: 'W-TIE-SILK'})
                CREATE (d:Decision {id: $id, at: datetime('2026-03-02T10:00:00Z')})-[:FOR]->(c),
                       (d)-[:OFFERED {rank: 1, strategy: 'COMPLETION'}]->(boots),
                       (d)-[:OFFERED {rank: 2, strategy: 'COMPLEMENT'}]->(socks),
                       (:Response {id: $id + '-click', type: 'CLICKED', sku: 'W-SHO-OXF', at: datetime('2026-03-02T10:01:00Z')})
                           -[:RESPONDS_TO]->(d),
                       (:Response {id: $id + '-shown', type: 'SHOWN', sku: 'W-TIE-SILK', at: datetime('2026-03-02T10:00:01Z')})
                           -[:RESPONDS_TO]->(d),
                       (:Response {id: $id + '-dismiss', type: 'DISMISSED', sku: 'W-TIE-SILK', at: datetime('2026-03-02T10:02:00Z')})
                           -[:RESPONDS_TO]->(d)
                """, Map.of("id", decisionId));
    }

    @Test
    void offersWrittenBeforeTheFlagsGetThemAtTheNextStart() {
        graph.write("MATCH (m:Migration {name: $name}) DELETE m", Map.of("name", OFFER_RESPONSES));

        GraphSetup.apply(graph, false);

        Record boots = offer("W-SHO-OXF");
        assertThat(boots.get("clicked").asObject()).isEqualTo(true);
        assertThat(boots.get("accepted").isNull()).isTrue();
        assertThat(boots.get("dismissed").isNull()).isTrue();
        assertThat(boots.get("category").asString()).isEqualTo(productCategory("W-SHO-OXF"));
        Record socks = offer("W-TIE-SILK");
        assertThat(socks.get("clicked").isNull()).as("a SHOWN response is not a click").isTrue();
        assertThat(socks.get("dismissed").asObject()).isEqualTo(true);
        assertThat(graph.read("MATCH (m:Migration {name: $name}) RETURN m.appliedAt AS at", Map.of("name", OFFER_RESPONSES))
                .records()).hasSize(1);
    }

    @Test
    void aMigrationAppliedIsNotAppliedAgain() {
        GraphSetup.apply(graph, false); // recorded by now, whatever ran before

        GraphSetup.apply(graph, false);

        assertThat(offer("W-SHO-OXF").get("clicked").isNull())
                .as("the edge written after the migration ran is left as it is").isTrue();
    }

    /**
     * Oxfords (list price 139.00, margin 0.45) bought at 119.00 after an offer of 20 off, credited the old way:
     * revenue × margin and no discount. The shop's margin on the line is 119.00 − 139.00 × 0.55 = 42.55, not 53.55.
     */
    @Test
    void creditsWrittenBeforeMarginsWereNetOfDiscountsAreRecomputedOnce() {
        String purchase = decisionId + "-purchase";
        graph.write("""
                MATCH (d:Decision {id: $id})-[o:OFFERED]->(p:Product {sku: 'W-SHO-OXF'})
                SET o.offerKind = 'DISCOUNT', o.saving = 20.0
                CREATE (e:Event {id: $purchase, type: 'PURCHASE', at: datetime('2026-03-03T10:00:00Z'), quantity: 1, price: 119.0})
                           -[:ABOUT]->(p),
                       (e)-[:ATTRIBUTED_TO {window: 'CLICK', sku: p.sku, revenue: 119.0, margin: round(119.0 * p.margin, 2)}]->(d)
                """, Map.of("id", decisionId, "purchase", purchase));
        graph.write("MATCH (m:Migration {name: $name}) DELETE m", Map.of("name", CREDIT_MARGINS));

        GraphSetup.apply(graph, false);

        Record credit = credit(purchase);
        assertThat(credit.get("margin").asDouble()).isEqualTo(42.55);
        assertThat(credit.get("discount").asDouble()).isEqualTo(20.0);

        graph.write("MATCH (:Event {id: $purchase})-[a:ATTRIBUTED_TO]->() SET a.margin = 1.0", Map.of("purchase", purchase));
        graph.write("MATCH (m:Migration {name: $name}) DELETE m", Map.of("name", CREDIT_MARGINS));
        GraphSetup.apply(graph, false);
        assertThat(credit(purchase).get("margin").asDouble())
                .as("a credit with a discount is written the new way: never recomputed").isEqualTo(1.0);
        // no other test's metrics should meet this credit in the shared graph
        graph.write("MATCH (e:Event {id: $purchase}) DETACH DELETE e", Map.of("purchase", purchase));
    }

    private Record credit(String purchaseId) {
        return graph.read("MATCH (:Event {id: $id})-[a:ATTRIBUTED_TO]->() RETURN a.margin AS margin, a.discount AS discount",
                Map.of("id", purchaseId)).records().getFirst();
    }

    private Record offer(String sku) {
        return graph.read("""
                MATCH (:Decision {id: $id})-[o:OFFERED]->(:Product {sku: $sku})
                RETURN o.clicked AS clicked, o.accepted AS accepted, o.dismissed AS dismissed, o.category AS category
                """, Map.of("id", decisionId, "sku", sku)).records().getFirst();
    }

    private String productCategory(String sku) {
        return graph.read("MATCH (:Product {sku: $sku})-[:IN_CATEGORY]->(c) RETURN c.id AS id", Map.of("sku", sku))
                .records().getFirst().get("id").asString();
    }
}
