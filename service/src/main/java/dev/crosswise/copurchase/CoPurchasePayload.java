package dev.crosswise.copurchase;

/**
 * The answer to {@code recomputeCoPurchases}: how many baskets were read, pairs found and directed edges written
 * (each product keeps its strongest partners only), how many older edges were removed, and how many products were
 * given a popularity and a repeat cycle.
 */
public record CoPurchasePayload(long baskets, int pairs, int edges, long removed, int minSupport, int popularProducts,
                                int repeatProducts) {
}
