package dev.crosswise.security;

import dev.crosswise.graph.Graph;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The customer a recorded decision is for, so a customer token responds only to its own decisions. */
final class DecisionOwners implements Function<String, Optional<String>> {

    private static final String CUSTOMER_OF_DECISION = """
            MATCH (:Decision {id: $decisionId})-[:FOR]->(c:Customer)
            RETURN c.id AS customerId
            LIMIT 1
            """;

    private final Graph graph;

    DecisionOwners(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Optional<String> apply(String decisionId) {
        return graph.readAutoCommit(CUSTOMER_OF_DECISION, Map.of("decisionId", decisionId)).stream()
                .map(record -> record.get("customerId").asString(null)).findFirst();
    }
}
