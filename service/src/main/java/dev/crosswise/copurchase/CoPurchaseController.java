package dev.crosswise.copurchase;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class CoPurchaseController {

    private final CoPurchases coPurchases;

    CoPurchaseController(CoPurchases coPurchases) {
        this.coPurchases = coPurchases;
    }

    @MutationMapping
    CoPurchasePayload recomputeCoPurchases(@Argument int minSupport) {
        return coPurchases.recompute(minSupport);
    }
}
