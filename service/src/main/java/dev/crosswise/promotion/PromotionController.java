package dev.crosswise.promotion;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class PromotionController {

    private final Promotions promotions;
    private final PromotionUpserts upserts;

    PromotionController(Promotions promotions, PromotionUpserts upserts) {
        this.promotions = promotions;
        this.upserts = upserts;
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
}
