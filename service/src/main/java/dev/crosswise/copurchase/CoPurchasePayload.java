package dev.crosswise.copurchase;

/**
 * The answer to {@code recomputeCoPurchases}: how many baskets were read, pairs found and directed edges written
 * (each product keeps its strongest partners only), how many older edges were removed, and how many products were
 * given a popularity and a repeat cycle; how the shop's customers buy again ({@code RepeatHabits}, null when the
 * orders could not tell) and how much of a pair's pull a past purchase carries into the next order ({@link Carryover}).
 */
public record CoPurchasePayload(long baskets, int pairs, int edges, long removed, int minSupport, int popularProducts,
                                int repeatProducts, Double repeatPriorOrders, Double repeatDueShare,
                                Double boughtWithCarryover) {
}
