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

    /** {@code minSupport} defaults to 2 in the schema; an explicit null means the default too. */
    @MutationMapping
    CoPurchasePayload recomputeCoPurchases(@Argument Integer minSupport) {
        return coPurchases.recompute(minSupport == null ? 2 : minSupport);
    }
}
