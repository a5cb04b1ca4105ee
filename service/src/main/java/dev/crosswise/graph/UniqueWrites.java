package dev.crosswise.graph;

import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Runs a write transaction that looks a node up by its unique id and MERGEs it when absent. Concurrent writers of
 * the same id are serialised by the unique constraint; should one still lose the race with a constraint violation,
 * the work runs once more, and its lookup then finds the node the winner committed. The work must therefore be
 * idempotent (it is also retried on transient errors by the managed transaction).
 */
public final class UniqueWrites {

    private static final String CONSTRAINT_VIOLATION = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private UniqueWrites() {
    }

    public static <T> T execute(Graph graph, TransactionCallback<T> work) {
        try {
            return once(graph, work);
        } catch (ClientException e) {
            if (!lostTheRace(e)) {
                throw e;
            }
            return once(graph, work);
        }
    }

    /** Another writer committed the same unique id first: look it up instead of failing. */
    public static boolean lostTheRace(ClientException e) {
        return CONSTRAINT_VIOLATION.equals(e.code());
    }

    private static <T> T once(Graph graph, TransactionCallback<T> work) {
        try (var session = graph.session()) {
            return session.executeWrite(work);
        }
    }
}
