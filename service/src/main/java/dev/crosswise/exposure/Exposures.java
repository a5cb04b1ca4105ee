package dev.crosswise.exposure;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.catalog.Catalog;
import dev.crosswise.catalog.Product;
import dev.crosswise.customer.Customer;
import dev.crosswise.customer.Customers;
import dev.crosswise.decision.Action;
import dev.crosswise.decision.Decision;
import dev.crosswise.decision.ExperimentAssignment;
import dev.crosswise.decision.Placement;
import dev.crosswise.decision.SuppressedCandidate;
import dev.crosswise.graph.Graph;
import dev.crosswise.promotion.OfferKind;
import dev.crosswise.promotion.Promotions;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/**
 * Stores a decision and its exposures, one {@code OFFERED} edge per action (with the rule that shaped it and the
 * product's category, for metrics by rule and category; the promotion and saving of its offer, which promotion budgets
 * and the discount cap count), and the rules of what guardrails held back, in one write transaction. Frequency
 * caps and rotation read them back as {@code Exposure} facts; {@code recordResponse} refers to them. MERGE on the
 * unique decision id keeps a retried transaction from writing twice. The experiment arms the decision was made in are
 * a list property of the decision ({@code "experiment/arm"}), read by metrics and experiment results.
 */
@Repository
public class Exposures {

    private static final String RECORD = """
            MATCH (c:Customer {id: $customerId})
            MERGE (d:Decision {id: $id})
            ON CREATE SET d.at = $at, d.rulesVersion = $rulesVersion, d.placement = $placement,
                          d.recordedAt = datetime(), d.changedAt = datetime(), d.requestId = $requestId, d.answer = $answer,
                          d.suppressedRules = $suppressedRules, d.suppressedStrategies = $suppressedStrategies,
                          d.suppressedSkus = $suppressedSkus, d.experiments = $experiments, d.heldOut = $heldOut,
                          d.heldOutReason = $heldOutReason
            MERGE (d)-[:FOR]->(c)
            WITH d
            UNWIND $actions AS action
            MATCH (p:Product {sku: action.sku})
            MERGE (d)-[o:OFFERED]->(p)
            SET o.rank = action.rank, o.strategy = action.strategy, o.moment = action.moment,
                o.channel = action.channel, o.score = action.score, o.rule = action.rule, o.category = action.category,
                o.promotion = action.promotion, o.saving = action.saving, o.offerKind = action.offerKind,
                o.gift = action.gift, o.giftCost = action.giftCost
            """;

    /** A decision recorded for a request id, with what it answered. */
    private static final String RECORDED = """
            MATCH (d:Decision {requestId: $requestId})-[:FOR]->(c:Customer)
            RETURN d.id AS id, d.at AS at, d.rulesVersion AS rulesVersion, d.answer AS answer, c.id AS customerId,
                   coalesce(d.experiments, []) AS experiments, d.heldOutReason AS heldOutReason
            """;

    private final Graph graph;
    private final Customers customers;
    private final Catalog catalog;
    /** The promotions a replayed answer's offers name, as they are now. */
    private final Promotions promotions;

    Exposures(Graph graph, Customers customers, Catalog catalog, Promotions promotions) {
        this.graph = graph;
        this.customers = customers;
        this.catalog = catalog;
        this.promotions = promotions;
    }

    /**
     * The decision recorded for {@code requestId}, as it was answered; empty when there is none. The same id for
     * another customer is not a re-render but two requests sharing an id: a BAD_REQUEST, as for events.
     */
    public Optional<Decision> recorded(String requestId, String customerId) {
        return recorded(graph.read(RECORDED, Map.of("requestId", requestId)).records(), customerId, requestId);
    }

    /**
     * As {@link #recorded(String, String)}, read where the writes go: after losing the race for {@code requestId} to
     * another call — perhaps on another instance — whose write a cluster's secondaries may not have yet.
     */
    public Optional<Decision> recordedByTheWinner(String requestId, String customerId) {
        return recorded(graph.readFromLeader(RECORDED, Map.of("requestId", requestId)).records(), customerId, requestId);
    }

    private Optional<Decision> recorded(List<org.neo4j.driver.Record> rows, String customerId, String requestId) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var row = rows.getFirst();
        if (!row.get("customerId").asString().equals(customerId)) {
            throw new BadRequestException("requestId", "Request '" + requestId + "' was decided for customer '"
                    + row.get("customerId").asString() + "', not '" + customerId
                    + "': a requestId names one page render, so give this one an id of its own");
        }
        RecordedAnswer answer = RecordedAnswer.parse(row.get("answer").asString());
        Customer customer = customers.find(customerId).orElseThrow();
        return Optional.of(answer.decision(row.get("id").asString(), customer,
                row.get("at").asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC),
                row.get("rulesVersion").asString(), catalog.findAll(answer.skus()), promotions.byId(),
                row.get("experiments").asList(v -> ExperimentAssignment.ofKey(v.asString())),
                row.get("heldOutReason").isNull() ? null : row.get("heldOutReason").asString()));
    }

    public Decision record(Decision decision, Placement placement) {
        return record(decision, placement, null);
    }

    /**
     * Records the decision; with a {@code requestId}, also what it answered, so asking again with that id replays it.
     * Two first asks of one request id at once: the unique constraint lets one write, the other fails and
     * the controller then answers the decision the first one recorded.
     */
    public Decision record(Decision decision, Placement placement, String requestId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("requestId", requestId);
        parameters.put("answer", requestId == null ? null : RecordedAnswer.json(decision));
        parameters.put("id", decision.id());
        parameters.put("customerId", decision.customer().id());
        parameters.put("at", decision.at().atZoneSameInstant(ZoneOffset.UTC));
        parameters.put("rulesVersion", decision.rulesVersion());
        parameters.put("placement", placement == null ? null : placement.name());
        // in sku order: two decides offering the same products lock them in the same order, never in a cycle
        parameters.put("actions", decision.actions().stream()
                .sorted(Comparator.comparing((Action a) -> a.product().sku()))
                .map(Exposures::offered).toList());
        // what guardrails held back, as three parallel lists: one property each instead of an edge per candidate
        parameters.put("suppressedRules", decision.suppressed().stream().map(SuppressedCandidate::rule).toList());
        parameters.put("suppressedStrategies", decision.suppressed().stream().map(s -> s.strategy().name()).toList());
        parameters.put("suppressedSkus", decision.suppressed().stream().map(s -> s.product().sku()).toList());
        // sorted, so that the same arms always make the same metrics key (MetricDimension.EXPERIMENT_ARM)
        // (none, and not held out: no property at all, as on the decisions made before experiments existed)
        List<String> arms = decision.experiments().stream().map(ExperimentAssignment::key).sorted().toList();
        parameters.put("experiments", arms.isEmpty() ? null : arms);
        parameters.put("heldOut", decision.heldOut() ? true : null);
        parameters.put("heldOutReason", decision.heldOutReason());
        graph.write(RECORD, parameters);
        return decision.asRecorded();
    }

    private static Map<String, Object> offered(Action action) {
        Map<String, Object> offered = new HashMap<>();
        offered.put("sku", action.product().sku());
        offered.put("rank", action.rank());
        offered.put("strategy", action.strategy().name());
        offered.put("moment", action.moment() == null ? null : action.moment().name());
        offered.put("channel", action.channel().name());
        offered.put("score", action.score());
        offered.put("rule", action.shapingRule());
        offered.put("category", action.product().category()); // for metrics by category, as the product was then
        // the incentive offered: a promotion's budget counts these, and the discount cap per customer adds them up
        offered.put("offerKind", action.offer() == null ? null : action.offer().kind().name());
        offered.put("promotion", action.offer() == null || action.offer().promotion() == null ? null
                : action.offer().promotion().id());
        offered.put("saving", action.offer() == null ? null : action.offer().saving());
        // a gift's cost as it was when offered: a purchase credited to the offer earns its margin less that cost
        Product gift = action.offer() == null || action.offer().kind() != OfferKind.GIFT ? null
                : action.offer().products().stream().filter(p -> !p.sku().equals(action.product().sku())).findFirst()
                .orElse(null);
        offered.put("gift", gift == null ? null : gift.sku());
        offered.put("giftCost", gift == null || gift.margin() == null ? null
                : Math.round(gift.price() * (1 - gift.margin()) * 100.0) / 100.0);
        return offered;
    }
}
