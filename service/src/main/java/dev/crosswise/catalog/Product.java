package dev.crosswise.catalog;

import dev.crosswise.rules.facts.Tier;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.neo4j.driver.Value;

/**
 * A product as the API shows it; {@code upgradesTo} and {@code complements} are resolved in batches. {@code stock} and
 * {@code margin} are null when the shop has not said (a history imported before the catalog): unknown, not zero.
 */
public record Product(String sku, String name, double price, String category, String family, String level,
                      boolean premium, boolean consumable, Long stock, Double margin, Integer cycleDays,
                      String season, Tier minTier, boolean giftable, OffsetDateTime launchedAt) {

    /**
     * The highest unit price taken, of a product or a purchase: spend and points add prices up, in whole currency
     * units, and must not overflow.
     */
    public static final double MAX_PRICE = 1_000_000_000;

    /** Reads the map produced by {@link Catalog#PRODUCT_PROJECTION}. */
    public static Product from(Value map) {
        return new Product(
                map.get("sku").asString(),
                map.get("name").asString(),
                map.get("price").asDouble(0),
                map.get("category").asString(null),
                map.get("family").asString(null),
                map.get("level").asString(null),
                map.get("premium").asBoolean(false),
                map.get("consumable").asBoolean(false),
                map.get("stock").isNull() ? null : map.get("stock").asLong(),
                map.get("margin").isNull() ? null : map.get("margin").asDouble(),
                map.get("cycleDays").isNull() ? null : map.get("cycleDays").asInt(),
                map.get("season").asString(null),
                map.get("minTier").isNull() ? null : Tier.valueOf(map.get("minTier").asString()),
                map.get("giftable").asBoolean(false),
                map.get("launchedAt").isNull() ? null
                        : map.get("launchedAt").asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
    }

    public static Product from(Map<String, Object> map) {
        return from(org.neo4j.driver.Values.value(map));
    }
}
