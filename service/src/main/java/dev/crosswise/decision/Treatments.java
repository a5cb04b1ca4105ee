package dev.crosswise.decision;

import dev.crosswise.customer.Customer;
import dev.crosswise.rules.facts.Channel;
import java.time.Instant;

/**
 * Which experiment arms a customer's decision is made in, and what they change ({@code experiment/} answers it from
 * the files of {@code rules/experiments/}). Asked once per decision, on the customer already read: no graph read.
 */
public interface Treatments {

    Treatments NONE = (customer, at, requestedChannel) -> Treatment.NONE;

    /** @param requestedChannel the channel the request asked for; null when the rules pick one per action */
    Treatment of(Customer customer, Instant at, Channel requestedChannel);
}
