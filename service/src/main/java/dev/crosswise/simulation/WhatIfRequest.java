package dev.crosswise.simulation;

import dev.crosswise.decision.DecisionContextInput;
import dev.crosswise.rules.facts.Channel;
import java.time.OffsetDateTime;
import java.util.List;

/** Everything a what-if asks: the arguments of {@code whatNext} plus simulated events and profile changes. */
public record WhatIfRequest(String customerId, OffsetDateTime at, List<SimulatedEvent> events, Channel channel,
                            Integer limit, DecisionContextInput context, ProfileOverride profile) {

    public WhatIfRequest {
        events = events == null ? List.of() : List.copyOf(events);
        profile = profile == null ? ProfileOverride.NONE : profile;
    }
}
