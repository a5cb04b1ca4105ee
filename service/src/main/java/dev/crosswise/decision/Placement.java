package dev.crosswise.decision;

public enum Placement {
    HOME, PRODUCT, CART, CHECKOUT, ACCOUNT, CAMPAIGN
}
