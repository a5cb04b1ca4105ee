package dev.crosswise.catalog;

import java.util.Map;
import org.neo4j.driver.Value;

/** A product as the API shows it. */
public record Product(String sku, String name, double price, String category, String family, String level,
                      boolean premium, boolean consumable, long stock) {

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
                map.get("stock").asLong(0));
    }

    public static Product from(Map<String, Object> map) {
        return from(org.neo4j.driver.Values.value(map));
    }
}
