package dev.crosswise.copurchase;

/** The answer to {@code recomputeCoPurchases}: how many baskets were read and pairs derived, what was removed. */
public record CoPurchasePayload(long baskets, int pairs, long removed, int minSupport) {
}
