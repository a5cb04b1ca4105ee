package dev.crosswise.exposure;

import dev.crosswise.decision.Action;
import dev.crosswise.decision.Decision;
import dev.crosswise.decision.Placement;
import dev.crosswise.decision.SuppressedCandidate;
import dev.crosswise.graph.Graph;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Repository;

/**
 * Stores a decision and its exposures, one {@code OFFERED} edge per action (with the rule that shaped it, for
 * metrics by rule), and the rules of what guardrails held back, in one write transaction. Frequency
 * caps and rotation read them back as {@code Exposure} facts; {@code recordResponse} refers to them. MERGE on the
 * unique decision id keeps a retried transaction from writing twice.
 */
@Repository
public class Exposures {

    private static final String RECORD = """
            MATCH (c:Customer {id: $customerId})
            MERGE (d:Decision {id: $id})
            ON CREATE SET d.at = $at, d.rulesVersion = $rulesVersion, d.placement = $placement,
                          d.recordedAt = datetime(),
                          d.suppressedRules = $suppressedRules, d.suppressedStrategies = $suppressedStrategies,
                          d.suppressedSkus = $suppressedSkus
            MERGE (d)-[:FOR]->(c)
            WITH d
            UNWIND $actions AS action
            MATCH (p:Product {sku: action.sku})
            MERGE (d)-[o:OFFERED]->(p)
            SET o.rank = action.rank, o.strategy = action.strategy, o.moment = action.moment,
                o.channel = action.channel, o.score = action.score, o.rule = action.rule
            """;

    private final Graph graph;

    Exposures(Graph graph) {
        this.graph = graph;
    }

    public Decision record(Decision decision, Placement placement) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", decision.id());
        parameters.put("customerId", decision.customer().id());
        parameters.put("at", decision.at().atZoneSameInstant(ZoneOffset.UTC));
        parameters.put("rulesVersion", decision.rulesVersion());
        parameters.put("placement", placement == null ? null : placement.name());
        parameters.put("actions", decision.actions().stream().map(Exposures::offered).toList());
        // what guardrails held back, as three parallel lists: one property each instead of an edge per candidate
        parameters.put("suppressedRules", decision.suppressed().stream().map(SuppressedCandidate::rule).toList());
        parameters.put("suppressedStrategies", decision.suppressed().stream().map(s -> s.strategy().name()).toList());
        parameters.put("suppressedSkus", decision.suppressed().stream().map(s -> s.product().sku()).toList());
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
        return offered;
    }
}
