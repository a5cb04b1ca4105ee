package dev.crosswise.decision;

import dev.crosswise.rules.facts.Channel;

/**
 * A decision the API answered: by {@code whatNext}, or by {@code decide} once it is recorded ({@link
 * Decision#recorded()}). Published on the request's thread for whoever keeps count (the telemetry package);
 * campaign exports and simulations publish none.
 *
 * @param channel   the channel asked for; null when the rules chose one per action
 * @param placement where the answer is shown; null when the request did not say
 * @param nanos     from the request's arguments to the answer, the recording included for {@code decide}
 */
public record DecisionMade(Decision decision, Channel channel, Placement placement, long nanos) {
}
