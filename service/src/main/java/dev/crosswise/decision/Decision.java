package dev.crosswise.decision;

import dev.crosswise.customer.Customer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * The answer to "what next": ranked actions and what guardrails held back, with the rules version that decided.
 * {@code recorded} is true once the decision and its exposures are stored ({@code Mutation.decide});
 * {@code contextNotInCatalog}: the request's context skus (viewed product, cart) the catalog does not know, which the
 * decision was made without.
 */
public record Decision(String id, Customer customer, OffsetDateTime at, String rulesVersion, List<Action> actions,
                       List<SuppressedCandidate> suppressed, boolean recorded, Set<String> contextNotInCatalog) {

    /** This decision, marked as stored. */
    public Decision asRecorded() {
        return new Decision(id, customer, at, rulesVersion, actions, suppressed, true, contextNotInCatalog);
    }
}
