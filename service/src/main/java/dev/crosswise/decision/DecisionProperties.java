package dev.crosswise.decision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How decisions read the graph.
 *
 * @param readsInFlight CROSSWISE_DECISION_READS_IN_FLIGHT: round trips to Neo4j that decisions' customer reads may
 *                      have under way at once; reads asked while all are busy share the next one
 *                      ({@link SharedRoundTrips}). {@code 0} = one per CPU core of the service.
 */
@ConfigurationProperties("crosswise.decision")
public record DecisionProperties(@DefaultValue("0") int readsInFlight) {

    public DecisionProperties {
        if (readsInFlight < 0) {
            throw new IllegalArgumentException("crosswise.decision.reads-in-flight must be 0 (one per core) or more, got "
                    + readsInFlight);
        }
    }

    int readsInFlightOrDefault() {
        return readsInFlight == 0 ? Runtime.getRuntime().availableProcessors() : readsInFlight;
    }
}
