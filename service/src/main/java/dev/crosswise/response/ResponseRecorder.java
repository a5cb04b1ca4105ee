package dev.crosswise.response;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.api.NotFoundException;
import dev.crosswise.attribution.Attribution;
import dev.crosswise.catalog.Catalog;
import dev.crosswise.catalog.Product;
import dev.crosswise.graph.Graph;
import dev.crosswise.graph.UniqueWrites;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Records responses to the actions of recorded decisions ({@code Mutation.recordResponse}), idempotently on the
 * response id, in one write transaction: the checks, the {@code Response} node and its two edges.
 */
@Service
public class ResponseRecorder {

    private static final String CHECK = """
            OPTIONAL MATCH (d:Decision {id: $decisionId})
            RETURN d IS NOT NULL AS decisionExists, d.at AS decidedAt,
                   CASE WHEN d IS NULL THEN [] ELSE COLLECT { MATCH (d)-[o:OFFERED]->(p:Product) RETURN p.sku ORDER BY o.rank } END
                   AS offered
            """;

    private static final String MERGE_RESPONSE = """
            MERGE (r:Response {id: $responseId})
            ON CREATE SET r.type = $type, r.at = $at, r.sku = $sku, r.recordedAt = datetime()
            """;

    /**
     * The response's two edges and, for a click, an acceptance or a dismissal ({@code $flag}; a SHOWN response changes
     * no metric), the mark on the action's edge, so that metrics count edges instead of reading every decision's
     * responses again; the decision's {@code changedAt} tells the metrics' day cache that its day changed.
     */
    private static final String LINK = """
            MATCH (r:Response {id: $responseId}), (d:Decision {id: $decisionId}), (p:Product {sku: $sku})
            CREATE (r)-[:RESPONDS_TO]->(d), (r)-[:ABOUT]->(p)
            WITH d, p
            MATCH (d)-[o:OFFERED]->(p)
            FOREACH (offer IN CASE WHEN $flag IS NULL THEN [] ELSE [o] END |
              SET offer[$flag] = true, d.changedAt = datetime())
            """;

    private static final String READ = """
            MATCH (r:Response {id: $responseId})-[:RESPONDS_TO]->(d:Decision)
            MATCH (r)-[:ABOUT]->(p:Product)
            RETURN r {.*} AS response, d.id AS decisionId, %s AS product
            LIMIT 1
            """.formatted(Catalog.PRODUCT_PROJECTION);

    private final Graph graph;
    private final Clock clock;
    private final Attribution attribution;

    ResponseRecorder(Graph graph, Clock clock, Attribution attribution) {
        this.graph = graph;
        this.clock = clock;
        this.attribution = attribution;
    }

    public RecordResponsePayload record(ResponseInput input) {
        requireText("input.decisionId", input.decisionId());
        requireText("input.sku", input.sku());
        if (input.responseId() != null) {
            requireText("input.responseId", input.responseId());
        }
        ZonedDateTime at = (input.at() == null ? clock.instant() : input.at().toInstant()).atZone(ZoneOffset.UTC);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("responseId", input.idOrDefault());
        parameters.put("decisionId", input.decisionId());
        parameters.put("sku", input.sku());
        parameters.put("type", input.type().name());
        parameters.put("at", at);
        return UniqueWrites.execute(graph, tx -> record(tx, input, parameters));
    }

    private RecordResponsePayload record(TransactionContext tx, ResponseInput input, Map<String, Object> parameters) {
        var recorded = tx.run(READ, parameters).list();
        if (!recorded.isEmpty()) {
            return replay(recorded.getFirst(), input);
        }
        Record check = tx.run(CHECK, parameters).single();
        if (!check.get("decisionExists").asBoolean()) {
            throw new NotFoundException("input.decisionId", "Decision '" + input.decisionId()
                    + "' not found: responses refer to decisions recorded by the decide mutation");
        }
        List<String> offered = check.get("offered").asList(Value::asString);
        if (!offered.contains(input.sku())) {
            throw new BadRequestException("input.sku", "Decision '" + input.decisionId() + "' did not offer '"
                    + input.sku() + "'; its actions offered: " + (offered.isEmpty() ? "nothing" : String.join(", ", offered)));
        }
        ZonedDateTime at = (ZonedDateTime) parameters.get("at");
        Value decidedAt = check.get("decidedAt");
        if (!decidedAt.isNull() && at.isBefore(decidedAt.asZonedDateTime())) {
            throw new BadRequestException("input.at", "A response comes after its decision: decision '"
                    + input.decisionId() + "' was made at " + decidedAt.asZonedDateTime().toInstant()
                    + ", the response is at " + at.toInstant());
        }
        boolean created = tx.run(MERGE_RESPONSE, parameters).consume().counters().nodesCreated() > 0;
        if (!created) {
            return replay(tx.run(READ, parameters).single(), input);
        }
        parameters.put("flag", input.type().offerFlag().orElse(null));
        tx.run(LINK, parameters).consume();
        if (input.type().isClick()) {
            attribution.clickRecorded(tx, input.decisionId(), input.sku(), at);
        }
        return new RecordResponsePayload(response(tx.run(READ, parameters).single()), false);
    }

    /**
     * A replay answers the response as first recorded; the same id for another decision, product or type is not a
     * retry but an id reused, and answering the other response would silently drop this one.
     */
    private static RecordResponsePayload replay(Record recorded, ResponseInput input) {
        Response first = response(recorded);
        if (!first.decisionId().equals(input.decisionId()) || !first.product().sku().equals(input.sku())
                || first.type() != input.type()) {
            throw new BadRequestException("input.responseId", "Response '" + first.id() + "' is already recorded as "
                    + first.type() + " of " + first.product().sku() + " in decision '" + first.decisionId() + "', not "
                    + input.type() + " of " + input.sku() + " in decision '" + input.decisionId()
                    + "': a responseId names one response, so give this one an id of its own");
        }
        return new RecordResponsePayload(first, true);
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(field, field.substring("input.".length()) + " must not be blank");
        }
    }

    private static Response response(Record record) {
        Value r = record.get("response");
        return new Response(r.get("id").asString(), ResponseType.valueOf(r.get("type").asString()),
                r.get("at").asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC),
                record.get("decisionId").asString(), Product.from(record.get("product")));
    }
}
