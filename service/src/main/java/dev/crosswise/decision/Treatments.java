package dev.crosswise.decision;

import dev.crosswise.customer.Customer;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.CustomerProfile;
import java.time.Instant;

/**
 * Which experiment arms a customer's decision is made in, and what they change ({@code experiment/} answers it from
 * the files of {@code rules/experiments/}). Asked once per decision, on the customer already read: no graph read.
 */
public interface Treatments {

    Treatments NONE = (customer, profile, at, requestedChannel) -> Treatment.NONE;

    /**
     * @param profile          the customer as the rules see them (a population's condition reads it); null when not
     *                         read
     * @param requestedChannel the channel the request asked for; null when the rules pick one per action
     */
    Treatment of(Customer customer, CustomerProfile profile, Instant at, Channel requestedChannel);

    /** Without the rules' view of the customer: an experiment whose population is a condition does not take them. */
    default Treatment of(Customer customer, Instant at, Channel requestedChannel) {
        return of(customer, null, at, requestedChannel);
    }
}
