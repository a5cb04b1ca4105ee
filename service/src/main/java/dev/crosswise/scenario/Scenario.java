package dev.crosswise.scenario;

import dev.crosswise.decision.DecisionContextInput;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.simulation.ProfileOverride;
import dev.crosswise.simulation.SimulatedEvent;
import dev.crosswise.simulation.WhatIfRequest;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One customer story from a scenario file: who, what happened (simulated events on top of the graph), when we
 * decide, and what must or must not come out. See {@code rules/scenarios/README.md} for the file format.
 *
 * @param file relative to the scenarios folder ("post-purchase.yaml")
 */
public record Scenario(String file, String name, String customerId, OffsetDateTime at, Channel channel, Integer limit,
                       DecisionContextInput context, ProfileOverride profile, List<SimulatedEvent> events,
                       List<Expectation> expectations) {

    WhatIfRequest request() {
        return new WhatIfRequest(customerId, at, events, channel, limit, context, profile);
    }

    @Override
    public String toString() {
        return file + ": " + name;
    }
}
