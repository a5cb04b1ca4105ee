package dev.crosswise.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts the errors GraphQL answers carry, by classification ({@code crosswise.graphql.errors} on
 * {@code /actuator/metrics}): they come back with HTTP 200, so the request timer alone does not see a frontend's
 * queries starting to fail. Requests rejected before GraphQL (an unreadable body, no key) show in the HTTP status.
 */
@Component
class GraphQlErrorMetrics implements WebGraphQlInterceptor {

    private final MeterRegistry meters;

    GraphQlErrorMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).doOnNext(response -> {
            for (ResponseError error : response.getErrors()) {
                // the registry hands out the counter it already has for the same name and tag
                Counter.builder("crosswise.graphql.errors").description("errors in GraphQL answers, by classification")
                        .tag("classification", String.valueOf(error.getErrorType())).register(meters).increment();
            }
        });
    }
}
