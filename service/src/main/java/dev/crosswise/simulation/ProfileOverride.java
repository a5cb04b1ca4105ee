package dev.crosswise.simulation;

import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Tier;
import java.util.List;

/**
 * GraphQL input {@code SimulatedProfileInput}: the customer as if their profile were different. Null fields keep the
 * graph's value; {@code consents} replaces the channels the customer consents to.
 */
public record ProfileOverride(Tier tier, List<Channel> consents, Boolean optedOut) {

    static final ProfileOverride NONE = new ProfileOverride(null, null, null);
}
