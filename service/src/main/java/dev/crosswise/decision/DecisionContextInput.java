package dev.crosswise.decision;

import java.util.List;
import java.util.Set;

/** GraphQL input {@code DecisionContext}: where the decision will be shown. */
public record DecisionContextInput(Placement placement, String productSku, List<String> cartSkus) {

    static final DecisionContextInput NONE = new DecisionContextInput(null, null, List.of());

    Set<String> cart() {
        return cartSkus == null ? Set.of() : Set.copyOf(cartSkus);
    }
}
