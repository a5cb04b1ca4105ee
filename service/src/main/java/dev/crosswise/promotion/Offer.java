package dev.crosswise.promotion;

import dev.crosswise.catalog.Product;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The incentive an action carries (GraphQL type {@code Offer}): what the customer pays, what they save, until when —
 * the promotion's real end, never a made-up countdown — and the message that says so.
 *
 * @param promotion the promotion behind it; null for an incentive that is no promotion's (free shipping)
 * @param gap       for FREE_SHIPPING, what the cart lacked to ship free, so its message can be said again in another
 *                  language when the answer is written; null for the other kinds (not in the GraphQL schema)
 */
public record Offer(OfferKind kind, double price, double saving, OffsetDateTime expiresAt, Promotion promotion,
                    List<Product> products, String message, Double gap) {
}
