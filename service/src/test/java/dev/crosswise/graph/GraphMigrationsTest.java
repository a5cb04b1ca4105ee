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
