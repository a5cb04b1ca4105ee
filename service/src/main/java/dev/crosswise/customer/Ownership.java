package dev.crosswise.customer;

import dev.crosswise.catalog.Product;
import java.time.OffsetDateTime;

/** {@code (:Customer)-[:OWNS]->(:Product)} as the API shows it; {@code since} is the latest purchase. */
public record Ownership(Product product, OffsetDateTime since, Double usagePercent, String orderId, Integer quantity,
                        Double price, boolean gift, boolean returned) {
}
