package dev.crosswise.catalog;

import dev.crosswise.rules.facts.Tier;
import java.time.OffsetDateTime;
import java.util.List;

/** GraphQL input {@code ProductInput}: null means "keep the current value". */
public record ProductInput(String sku, String name, Double price, Double margin, Integer stock, String category,
                           String family, ProductLevel level, Boolean premium, Boolean consumable, Integer cycleDays,
                           Season season, Tier minTier, Boolean giftable, Integer ageFrom, Integer ageTo,
                           OffsetDateTime launchedAt, List<String> upgradesTo, List<ComplementInput> complements) {

    /** GraphQL input {@code ComplementInput}. */
    public record ComplementInput(String sku, double strength) {
    }
}
