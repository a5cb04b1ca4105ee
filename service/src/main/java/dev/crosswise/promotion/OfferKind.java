package dev.crosswise.promotion;

/** GraphQL enum {@code OfferKind}: what an action's incentive is. */
public enum OfferKind {
    DISCOUNT, BUNDLE, FREE_SHIPPING, GIFT, EARLY_ACCESS
}
