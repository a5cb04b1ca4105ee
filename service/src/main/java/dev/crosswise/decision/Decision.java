package dev.crosswise.decision;

import dev.crosswise.customer.Customer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * The answer to "what next": ranked actions and what guardrails held back, with the rules version that decided.
 * {@code recorded} is true once the decision and its exposures are stored ({@code Mutation.decide});
 * {@code contextNotInCatalog}: the request's context skus (viewed product, cart) the catalog does not know, which the
 * decision was made without. {@code experiments}: the experiment arms it was made in; {@code heldOutReason}, when
 * not null, says which holdout arm kept it from offering anything.
 */
public record Decision(String id, Customer customer, OffsetDateTime at, String rulesVersion, List<Action> actions,
                       List<SuppressedCandidate> suppressed, boolean recorded, Set<String> contextNotInCatalog,
                       List<ExperimentAssignment> experiments, String heldOutReason) {

    /** A decision made in no experiment. */
    public Decision(String id, Customer customer, OffsetDateTime at, String rulesVersion, List<Action> actions,
                    List<SuppressedCandidate> suppressed, boolean recorded, Set<String> contextNotInCatalog) {
        this(id, customer, at, rulesVersion, actions, suppressed, recorded, contextNotInCatalog, List.of(), null);
    }

    /** This decision, marked as stored. */
    public Decision asRecorded() {
        return new Decision(id, customer, at, rulesVersion, actions, suppressed, true, contextNotInCatalog, experiments,
                heldOutReason);
    }

    /** This decision with another id (a caller that names its decisions, as the demo's shoppers do). */
    public Decision withId(String newId) {
        return new Decision(newId, customer, at, rulesVersion, actions, suppressed, recorded, contextNotInCatalog,
                experiments, heldOutReason);
    }

    /** True when a holdout arm kept this decision from offering anything. */
    public boolean heldOut() {
        return heldOutReason != null;
    }
}
