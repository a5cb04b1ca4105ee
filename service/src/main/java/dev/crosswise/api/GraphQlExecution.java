package dev.crosswise.api;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How GraphQL requests execute: the per-request costs that are not the decision itself, kept small. */
@Configuration(proxyBeanMethods = false)
class GraphQlExecution {

    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCache() {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(new ParsedDocumentCache(1_000)));
    }
}
