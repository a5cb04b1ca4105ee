package dev.crosswise.decision;

import dev.crosswise.api.ResponseWarnings;
import graphql.GraphQLContext;
import java.util.List;
import java.util.Set;

/** GraphQL input {@code DecisionContext}: where the decision will be shown. */
public record DecisionContextInput(Placement placement, String productSku, List<String> cartSkus) {

    static final DecisionContextInput NONE = new DecisionContextInput(null, null, List.of());

    /**
     * Warns the caller (response {@code extensions.warnings}) about the skus of {@code context} that {@code decision}
     * was made without, not being in the catalog — a product not synced yet must not cost the page its offers, but a
     * typo must not pass unnoticed either. Nothing when the request gave no context.
     */
    public static void warnAboutProductsNotInCatalog(DecisionContextInput context, Decision decision,
                                                     GraphQLContext request) {
        Set<String> missing = decision.contextNotInCatalog();
        if (context == null || missing.isEmpty()) {
            return;
        }
        if (context.productSku() != null && missing.contains(context.productSku())) {
            ResponseWarnings.add(request, "context.productSku", "Product '" + context.productSku()
                    + "' is not in the catalog: the decision was made without it (check the sku, or create it with upsertProduct)");
        }
        List<String> cart = context.cartSkus() == null ? List.of() : context.cartSkus();
        for (int i = 0; i < cart.size(); i++) {
            if (missing.contains(cart.get(i))) {
                ResponseWarnings.add(request, "context.cartSkus[" + i + "]", "Product '" + cart.get(i)
                        + "' is not in the catalog: the decision was made without it in the cart");
            }
        }
    }

    Set<String> cart() {
        return cartSkus == null ? Set.of() : Set.copyOf(cartSkus);
    }
}
