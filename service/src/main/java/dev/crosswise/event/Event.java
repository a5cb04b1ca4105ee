package dev.crosswise.event;

import dev.crosswise.catalog.Product;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Tier;
import java.time.OffsetDateTime;

/** A recorded event as the API shows it; its customer is resolved in one batch per request. */
public record Event(String id, EventType type, String customerId, OffsetDateTime at, Product product, String orderId,
                   Integer quantity, Double price, Boolean gift, Double usagePercent, Integer satisfaction,
                   String caseId, Tier tier, Channel channel) {
}
