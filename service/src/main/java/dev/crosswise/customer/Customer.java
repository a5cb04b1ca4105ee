package dev.crosswise.customer;

import dev.crosswise.rules.facts.Tier;

/** A customer as the API shows it; what they own is resolved in one batch per request. */
public record Customer(String id, String name, Tier tier, long points) {
}
