package dev.crosswise.decision;

import dev.crosswise.api.ResponseWarnings;
import dev.crosswise.catalog.CatalogCache;
import graphql.GraphQLContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** GraphQL input {@code DecisionContext}: where the decision will be shown. */
public record DecisionContextInput(Placement placement, String productSku, List<String> cartSkus) {

    static final DecisionContextInput NONE = new DecisionContextInput(null, null, List.of());

    /**
     * Warns the caller (response {@code extensions.warnings}) about skus of the context that are not in the catalog:
     * the decision goes on without them — a product not synced yet must not cost the page its offers — but a typo
     * must not pass unnoticed either.
     */
    public void warnAboutUnknownProducts(CatalogCache catalog, GraphQLContext request) {
        List<String> skus = new ArrayList<>();
        if (productSku != null) {
            skus.add(productSku);
        }
        if (cartSkus != null) {
            skus.addAll(cartSkus);
        }
        if (skus.isEmpty()) {
            return;
        }
        Map<String, CatalogCache.CachedProduct> known = catalog.products(skus);
        if (productSku != null && !known.containsKey(productSku)) {
            ResponseWarnings.add(request, "context.productSku", "Product '" + productSku
                    + "' is not in the catalog: the decision was made without it (check the sku, or create it with upsertProduct)");
        }
        if (cartSkus != null) {
            for (int i = 0; i < cartSkus.size(); i++) {
                if (!known.containsKey(cartSkus.get(i))) {
                    ResponseWarnings.add(request, "context.cartSkus[" + i + "]", "Product '" + cartSkus.get(i)
                            + "' is not in the catalog: the decision was made without it in the cart");
                }
            }
        }
    }

    Set<String> cart() {
        return cartSkus == null ? Set.of() : Set.copyOf(cartSkus);
    }
}
