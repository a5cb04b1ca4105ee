package dev.crosswise.decision;

import dev.crosswise.rules.facts.Channel;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How decisions read the graph.
 *
 * @param readsInFlight CROSSWISE_DECISION_READS_IN_FLIGHT: round trips to Neo4j that decisions' customer reads may
 *                      have under way at once; reads asked while all are busy share the next one
 *                      ({@link SharedRoundTrips}). {@code 0} = one per CPU core of the service.
 * @param deliveredOnDecide CROSSWISE_DECISION_DELIVERED_ON_DECIDE: channels on which a recorded decision ({@code
 *                      decide}) is itself an impression, because the message goes out; on the others (the web shop)
 *                      only a SHOWN response is, as a page may be rendered without being seen.
 */
@ConfigurationProperties("crosswise.decision")
public record DecisionProperties(@DefaultValue("0") int readsInFlight,
                                 @DefaultValue({"EMAIL", "SMS", "MOBILE", "DIRECT"}) Set<Channel> deliveredOnDecide) {

    static final DecisionProperties DEFAULTS = new DecisionProperties(0, EnumSet.of(Channel.EMAIL, Channel.SMS,
            Channel.MOBILE, Channel.DIRECT));

    public DecisionProperties {
        deliveredOnDecide = deliveredOnDecide == null || deliveredOnDecide.isEmpty() ? EnumSet.noneOf(Channel.class)
                : EnumSet.copyOf(deliveredOnDecide);
        if (readsInFlight < 0) {
            throw new IllegalArgumentException("crosswise.decision.reads-in-flight must be 0 (one per core) or more, got "
                    + readsInFlight);
        }
    }

    int readsInFlightOrDefault() {
        return readsInFlight == 0 ? Runtime.getRuntime().availableProcessors() : readsInFlight;
    }
}
