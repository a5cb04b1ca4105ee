package dev.crosswise.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one request may ask for. Every limit answers with a BAD_REQUEST error naming the limit, before any
 * data is fetched. The defaults leave room for every real query of the schema (and GraphiQL's introspection).
 *
 * @param maxBodyBytes       CROSSWISE_LIMITS_MAX_BODY_BYTES: HTTP request body (document + variables)
 * @param maxDocumentChars   CROSSWISE_LIMITS_MAX_DOCUMENT_CHARS: the GraphQL document text
 * @param maxTokens          CROSSWISE_LIMITS_MAX_TOKENS: parser tokens of the document
 * @param maxDepth           CROSSWISE_LIMITS_MAX_DEPTH: nesting of selections
 * @param maxComplexity      CROSSWISE_LIMITS_MAX_COMPLEXITY: selected fields, counted over the whole operation
 * @param maxAliases         CROSSWISE_LIMITS_MAX_ALIASES: aliased fields in the operation (alias floods)
 * @param maxRootFields      CROSSWISE_LIMITS_MAX_ROOT_FIELDS: operations batched into one request
 * @param maxIdLength        CROSSWISE_LIMITS_MAX_ID_LENGTH: characters of an ID argument
 * @param maxStringLength    CROSSWISE_LIMITS_MAX_STRING_LENGTH: characters of a String argument
 * @param maxListSize        CROSSWISE_LIMITS_MAX_LIST_SIZE: items of a list argument
 * @param storefrontRequestsPerMinute CROSSWISE_LIMITS_STOREFRONT_REQUESTS_PER_MINUTE: requests of one storefront
 *                           caller (a customer token, or the storefront key from one client IP), per instance; over
 *                           it HTTP 429 with Retry-After (0 = no limit). Not a BAD_REQUEST like the limits above.
 */
@ConfigurationProperties("crosswise.limits")
public record RequestLimits(
        @DefaultValue("262144") int maxBodyBytes,
        @DefaultValue("20000") int maxDocumentChars,
        @DefaultValue("3000") int maxTokens,
        @DefaultValue("15") int maxDepth,
        @DefaultValue("200") int maxComplexity,
        @DefaultValue("30") int maxAliases,
        @DefaultValue("10") int maxRootFields,
        @DefaultValue("200") int maxIdLength,
        @DefaultValue("65536") int maxStringLength,
        @DefaultValue("500") int maxListSize,
        @DefaultValue("600") int storefrontRequestsPerMinute) {
}
