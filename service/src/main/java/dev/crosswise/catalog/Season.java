package dev.crosswise.catalog;

/** The season a seasonal product is for. */
public enum Season {
    SPRING, SUMMER, AUTUMN, WINTER
}
