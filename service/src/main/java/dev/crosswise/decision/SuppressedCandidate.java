package dev.crosswise.decision;

import dev.crosswise.catalog.Product;
import dev.crosswise.rules.facts.Strategy;

/** A candidate a guardrail removed (GraphQL type {@code Suppression}). */
public record SuppressedCandidate(Product product, Strategy strategy, String rule, String reason) {
}
