package dev.crosswise.catalog;

import dev.crosswise.rules.facts.Tier;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * GraphQL input {@code ProductInput}: null means "keep the current value"; for the card's texts ({@code imageUrl},
 * {@code url}, {@code description}) an empty string removes it.
 */
public record ProductInput(String sku, String name, Double price, Double margin, Integer stock, String category,
                           String family, ProductLevel level, Boolean premium, Boolean consumable, Integer cycleDays,
                           Season season, Tier minTier, Boolean giftable, Integer ageFrom, Integer ageTo,
                           OffsetDateTime launchedAt, List<String> upgradesTo, List<ComplementInput> complements,
                           String imageUrl, String url, String description, String currency) {

    /** GraphQL input {@code ComplementInput}. */
    public record ComplementInput(String sku, double strength) {
    }
}
