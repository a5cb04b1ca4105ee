package dev.crosswise.api;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parses and validates each distinct GraphQL document once. Frontends send the same few documents with different
 * variables, yet graphql-java parses and validates the text of every request by default: profiled under load, that
 * was a fifth of the HTTP side's CPU per {@code whatNext}. The result depends on the document text only (variables
 * are applied later), so it is keyed by that text; when more than {@code capacity} distinct documents arrive the cache
 * starts over rather than growing without bound.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

    private final int capacity;
    private final Map<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

    ParsedDocumentCache(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry entry = entries.get(input.getQuery());
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (entries.size() >= capacity) {
                entries.clear();
            }
            entries.put(input.getQuery(), entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    int size() {
        return entries.size();
    }
}
