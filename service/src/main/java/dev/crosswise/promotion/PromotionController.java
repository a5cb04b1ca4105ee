package dev.crosswise.promotion;

import dev.crosswise.catalog.CatalogCache;
import dev.crosswise.catalog.Product;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class PromotionController {

    private final Promotions promotions;
    private final PromotionUpserts upserts;

    private final BundleSuggestions suggestions;
    private final CatalogCache catalog;

    PromotionController(Promotions promotions, PromotionUpserts upserts, BundleSuggestions suggestions,
                        CatalogCache catalog) {
        this.promotions = promotions;
        this.upserts = upserts;
        this.suggestions = suggestions;
        this.catalog = catalog;
    }

    @QueryMapping
    List<BundleSuggestions.Suggestion> bundleSuggestions(@Argument Integer limit, @Argument Integer minSupport) {
        return suggestions.suggest(limit == null ? 10 : limit, minSupport == null ? 2 : minSupport);
    }

    @SchemaMapping(typeName = "BundleSuggestion")
    List<Product> products(BundleSuggestions.Suggestion suggestion) {
        Map<String, CatalogCache.CachedProduct> found = catalog.products(suggestion.skus());
        return suggestion.skus().stream().map(found::get).filter(Objects::nonNull).map(CatalogCache.CachedProduct::product)
                .toList();
    }

    @QueryMapping
    List<Promotion> promotions(@Argument OffsetDateTime activeAt) {
        List<Promotion> all = promotions.allFresh();
        return activeAt == null ? all : all.stream().filter(p -> p.activeAt(activeAt.toInstant())).toList();
    }

    @MutationMapping
    Promotion upsertPromotion(@Argument PromotionInput input) {
        return upserts.upsert(input);
    }

    @MutationMapping
    Promotion endPromotion(@Argument String id) {
        return upserts.end(id);
    }

    @SchemaMapping(typeName = "Promotion")
    boolean budgetLeft(Promotion promotion) {
        return promotion.budgetLeft();
    }

    @SchemaMapping(typeName = "Promotion")
    Product gift(Promotion promotion) {
        CatalogCache.CachedProduct gift = promotion.givesGift() ? catalog.products(List.of(promotion.giftSku()))
                .get(promotion.giftSku()) : null;
        return gift == null ? null : gift.product();
    }
}
