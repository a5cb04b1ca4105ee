package dev.crosswise.decision;

import dev.crosswise.rules.facts.Strategy;
import java.time.Instant;

/**
 * A candidate as a traversal found it, before it is shaped as a rule fact: the product, the owned or viewed product
 * it starts from ({@code anchorSku}), what it went through ({@code via}: a solution's or family's name, an upgrade's
 * level, where the interest came from) and how relevant the traversal judges it. The other fields are the
 * traversal's own terms, for the reason's text. {@code anchorSku} is null for a candidate no product of the customer's
 * leads to (a best seller). {@code cycleDays} and {@code orders}: a repeat purchase's learned cycle and the customer's
 * orders it was learned from ({@code support}: those that held the product); {@code dueShare} the share of that cycle
 * the shop's buyers wait before they buy it again (null when the orders could not tell).
 */
record GraphCandidate(Strategy strategy, String traversal, String sku, String anchorSku, String via, String viaId,
                      String role, double relevance, Double usagePercent, Double strength, Double lift, Double support,
                      Instant boughtAt, Double confidence, Integer cycleDays, Integer orders, Double dueShare) {

    GraphCandidate(Strategy strategy, String traversal, String sku, String anchorSku, String via, String viaId,
                   String role, double relevance, Double usagePercent, Double strength, Double lift, Double support,
                   Instant boughtAt, Double confidence, Integer cycleDays, Integer orders) {
        this(strategy, traversal, sku, anchorSku, via, viaId, role, relevance, usagePercent, strength, lift, support,
                boughtAt, confidence, cycleDays, orders, null);
    }

    static GraphCandidate of(Strategy strategy, String traversal, String sku, String anchorSku, String via,
                             double relevance) {
        return new GraphCandidate(strategy, traversal, sku, anchorSku, via, null, null, relevance, null, null, null,
                null, null, null, null, null);
    }
}
