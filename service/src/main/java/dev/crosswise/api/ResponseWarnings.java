package dev.crosswise.api;

import graphql.GraphQLContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What a request got wrong that did not stop its answer — e.g. a product page's sku that is not in the catalog: the
 * decision is made without it rather than not at all. Sent as {@code extensions.warnings} ({@code message}, {@code
 * field}): an error would make most GraphQL clients throw the whole answer away, silence would hide the typo.
 */
@Component
public class ResponseWarnings implements WebGraphQlInterceptor {

    private static final String KEY = ResponseWarnings.class.getName();

    /** Adds a warning to the answer of the request {@code context} belongs to. */
    public static void add(GraphQLContext context, String field, String message) {
        List<Map<String, Object>> warnings = context.computeIfAbsent(KEY, key -> new CopyOnWriteArrayList<>());
        Map<String, Object> warning = new LinkedHashMap<>();
        warning.put("message", message);
        warning.put("field", field);
        warnings.add(warning);
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<Map<String, Object>> warnings = response.getExecutionInput().getGraphQLContext().get(KEY);
            if (warnings == null || warnings.isEmpty()) {
                return response;
            }
            Map<Object, Object> extensions = new LinkedHashMap<>(response.getExtensions());
            extensions.put("warnings", List.copyOf(warnings));
            return response.transform(builder -> builder.extensions(extensions));
        });
    }
}
