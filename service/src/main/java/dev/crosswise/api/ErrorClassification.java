package dev.crosswise.api;

/** Classifications Crosswise adds to Spring for GraphQL's own {@code ErrorType}. */
public enum ErrorClassification implements graphql.ErrorClassification {
    /** The graph database cannot be reached right now; retry later. */
    UNAVAILABLE
}
