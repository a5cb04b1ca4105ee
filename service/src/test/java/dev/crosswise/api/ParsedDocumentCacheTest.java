package dev.crosswise.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ParsedDocumentCacheTest {

    final AtomicInteger parsed = new AtomicInteger();
    final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    @Test
    void aDocumentIsParsedOnceWhateverItsVariables() {
        var cache = new ParsedDocumentCache(10);
        String query = "query($id: ID!) { whatNext(customerId: $id) { rulesVersion } }";
        var first = cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).variables(java.util.Map.of("id", "C-1")).build(), parse).join();
        var second = cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).variables(java.util.Map.of("id", "C-2")).build(), parse).join();
        assertThat(second).isSameAs(first);
        assertThat(parsed).hasValue(1);
    }

    @Test
    void staysBoundedWhenClientsSendEveryDocumentOnce() {
        var cache = new ParsedDocumentCache(3);
        for (int i = 0; i < 10; i++) {
            cache.getDocumentAsync(ExecutionInput.newExecutionInput("{ q" + i + " }").build(), parse).join();
        }
        assertThat(cache.size()).isLessThanOrEqualTo(3);
        assertThat(parsed).hasValue(10);
    }
}
