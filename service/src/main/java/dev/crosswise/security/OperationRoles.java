package dev.crosswise.security;

import java.util.Map;

/**
 * The one table of who may call which GraphQL operation: each root field of {@code Query} and {@code Mutation}
 * with the least role it needs. A new operation needs one line here; an operation missing from the table needs
 * {@link Role#ADMIN}, so forgetting the line locks an operation down rather than opening it.
 */
public final class OperationRoles {

    /** Operations anyone may call without a key: the schema itself (when introspection is enabled at all). */
    static final java.util.Set<String> PUBLIC = java.util.Set.of("Query.__schema", "Query.__type");

    static final Map<String, Role> REQUIRED = Map.ofEntries(
            // storefront: decisions and what customers do with them, narrowed for a browser by StorefrontScope
            // (own customer only, browsing events only) and FieldRoles (no personal data, no margins)
            Map.entry("Query.whatNext", Role.STOREFRONT),
            Map.entry("Mutation.decide", Role.STOREFRONT),
            Map.entry("Mutation.recordEvent", Role.STOREFRONT),
            Map.entry("Mutation.recordResponse", Role.STOREFRONT),
            // frontend: the same without narrowing, and profiles and products
            Map.entry("Query.customer", Role.FRONTEND),
            Map.entry("Query.product", Role.FRONTEND),
            Map.entry("Mutation.linkVisitor", Role.FRONTEND),
            // analyst: the rules
            Map.entry("Query.ruleSet", Role.ANALYST),
            Map.entry("Query.simulate", Role.ANALYST),
            Map.entry("Mutation.reloadRules", Role.ANALYST),
            // analyst: did the offers work (also GET /reports/metrics.csv, SecurityConfiguration)
            Map.entry("Query.metrics", Role.ANALYST),
            Map.entry("Query.experiments", Role.ANALYST),
            Map.entry("Query.experiment", Role.ANALYST),
            // analyst: the promotions merchandisers manage (analysts and admins write them)
            Map.entry("Query.promotions", Role.ANALYST),
            Map.entry("Query.bundleSuggestions", Role.ANALYST),
            Map.entry("Mutation.upsertPromotion", Role.ANALYST),
            Map.entry("Mutation.endPromotion", Role.ANALYST),
            // admin: the data itself (listed for the reader; anything unlisted needs admin anyway)
            Map.entry("Mutation.upsertProduct", Role.ADMIN),
            Map.entry("Mutation.upsertCustomer", Role.ADMIN),
            Map.entry("Mutation.recomputeCoPurchases", Role.ADMIN));

    private OperationRoles() {
    }

    /** The least role for {@code Type.field}; {@code null} for public operations; admin for unknown ones. */
    public static Role required(String typeName, String fieldName) {
        String coordinate = typeName + "." + fieldName;
        if (PUBLIC.contains(coordinate)) {
            return null;
        }
        return REQUIRED.getOrDefault(coordinate, Role.ADMIN);
    }
}
