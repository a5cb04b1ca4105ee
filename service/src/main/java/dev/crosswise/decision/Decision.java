package dev.crosswise.decision;

import dev.crosswise.customer.Customer;
import java.time.OffsetDateTime;
import java.util.List;

/** The answer to "what next": ranked actions and what guardrails held back, with the rules version that decided. */
public record Decision(String id, Customer customer, OffsetDateTime at, String rulesVersion, List<Action> actions,
                       List<SuppressedCandidate> suppressed) {
}
