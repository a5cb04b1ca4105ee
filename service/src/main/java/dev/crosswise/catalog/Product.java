package dev.crosswise.catalog;

import dev.crosswise.rules.facts.Tier;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.neo4j.driver.Value;

/**
 * A product as the API shows it; {@code upgradesTo} and {@code complements} are resolved in batches. {@code stock} and
 * {@code margin} are null when the shop has not said (a history imported before the catalog): unknown, not zero.
 * The card fields ({@code imageUrl}, {@code url}, {@code description}) are null until the shop says; {@code currency}
 * is then {@value #DEFAULT_CURRENCY}, the currency every price was in before products could say.
 */
public record Product(String sku, String name, double price, String category, String family, String level,
                      boolean premium, boolean consumable, Long stock, Double margin, Integer cycleDays,
                      String season, Tier minTier, boolean giftable, OffsetDateTime launchedAt,
                      String imageUrl, String url, String description, String currency) {

    /** The currency of a product that does not name one. */
    public static final String DEFAULT_CURRENCY = "EUR";

    /** A product without card data (image, page, description), priced in {@value #DEFAULT_CURRENCY}. */
    public Product(String sku, String name, double price, String category, String family, String level,
                   boolean premium, boolean consumable, Long stock, Double margin, Integer cycleDays,
                   String season, Tier minTier, boolean giftable, OffsetDateTime launchedAt) {
        this(sku, name, price, category, family, level, premium, consumable, stock, margin, cycleDays, season, minTier,
                giftable, launchedAt, null, null, null, DEFAULT_CURRENCY);
    }

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
                        : map.get("launchedAt").asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC),
                map.get("imageUrl").asString(null),
                map.get("url").asString(null),
                map.get("description").asString(null),
                map.get("currency").asString(DEFAULT_CURRENCY));
    }

    public static Product from(Map<String, Object> map) {
        return from(org.neo4j.driver.Values.value(map));
    }
}
