package dev.crosswise.catalog;

/** Where a product is on an upgrade path. */
public enum ProductLevel {
    ENTRY, INTERMEDIATE, ADVANCED
}
