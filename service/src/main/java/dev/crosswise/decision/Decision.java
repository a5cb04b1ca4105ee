package dev.crosswise.decision;

import dev.crosswise.customer.Customer;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The answer to "what next": ranked actions and what guardrails held back, with the rules version that decided.
 * {@code recorded} is true once the decision and its exposures are stored ({@code Mutation.decide}).
 */
public record Decision(String id, Customer customer, OffsetDateTime at, String rulesVersion, List<Action> actions,
                       List<SuppressedCandidate> suppressed, boolean recorded) {

    /** This decision, marked as stored. */
    public Decision asRecorded() {
        return new Decision(id, customer, at, rulesVersion, actions, suppressed, true);
    }
}
