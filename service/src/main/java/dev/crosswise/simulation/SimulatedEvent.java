package dev.crosswise.simulation;

import dev.crosswise.rules.facts.Tier;
import java.time.OffsetDateTime;

/**
 * GraphQL input {@code SimulatedEventInput}: an event that did not happen, overlaid on the customer's graph for a
 * what-if. {@code at} defaults to the decision time; {@code type} is an {@code EventType} name.
 */
public record SimulatedEvent(String type, String sku, OffsetDateTime at, Double usagePercent, Integer satisfaction,
                             Tier tier, Boolean gift) {

    public static SimulatedEvent of(String type, String sku, OffsetDateTime at) {
        return new SimulatedEvent(type, sku, at, null, null, null, null);
    }
}
