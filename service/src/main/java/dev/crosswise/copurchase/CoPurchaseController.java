package dev.crosswise.copurchase;

import dev.crosswise.catalog.CatalogCache;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class CoPurchaseController {

    private final CoPurchases coPurchases;
    private final CatalogCache catalog;

    CoPurchaseController(CoPurchases coPurchases, CatalogCache catalog) {
        this.coPurchases = coPurchases;
        this.catalog = catalog;
    }

    /** {@code minSupport} defaults to 2 in the schema; an explicit null means the default too. */
    @MutationMapping
    CoPurchasePayload recomputeCoPurchases(@Argument Integer minSupport) {
        try {
            return coPurchases.recompute(minSupport == null ? 2 : minSupport);
        } finally {
            // the next decision walks the new edges even where no change feed reports them (an external Neo4j)
            catalog.evictProductGraph();
        }
    }
}
