package dev.crosswise.customer;

import dev.crosswise.catalog.Product;
import java.time.OffsetDateTime;

public record Ownership(Product product, OffsetDateTime since, Double usagePercent) {
}
