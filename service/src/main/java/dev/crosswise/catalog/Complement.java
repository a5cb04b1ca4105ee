package dev.crosswise.catalog;

/** A merchandiser's pairing: {@code (:Product)-[:COMPLEMENTS {strength}]->(product)}. */
public record Complement(Product product, double strength) {
}
