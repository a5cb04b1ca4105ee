package dev.crosswise.attribution;

import dev.crosswise.catalog.Product;
import dev.crosswise.decision.Placement;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import java.time.OffsetDateTime;

/** One purchase line credited to an offer (GraphQL type {@code Attribution}). */
public record CreditedPurchase(String eventId, String orderId, OffsetDateTime purchasedAt, Product product,
                               double revenue, Double margin, AttributionWindow window, String decisionId,
                               OffsetDateTime exposedAt, OffsetDateTime clickedAt, int rank, Strategy strategy,
                               Moment moment, Channel channel, Placement placement, String rule, boolean returned) {
}
