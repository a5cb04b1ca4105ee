package dev.crosswise.response;

import dev.crosswise.catalog.Product;
import java.time.OffsetDateTime;

/** A recorded response as the API shows it. */
public record Response(String id, ResponseType type, OffsetDateTime at, String decisionId, Product product) {
}
