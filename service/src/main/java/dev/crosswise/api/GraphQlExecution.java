package dev.crosswise.api;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/** How GraphQL requests execute: the per-request costs that are not the decision itself, kept small. */
@Configuration(proxyBeanMethods = false)
class GraphQlExecution {

    /**
     * Controller methods run on the request's own thread: handing each blocking call to the task executor, as Spring
     * for GraphQL does by default, made every request an async servlet dispatch — a second trip through the filter
     * chain — for a thread switch that buys nothing here.
     */
    @Bean
    static BeanPostProcessor controllersOnTheRequestThread() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AnnotatedControllerConfigurer controllers) {
                    controllers.setBlockingMethodPredicate(method -> false);
                }
                return bean;
            }
        };
    }

    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCache() {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(new ParsedDocumentCache(1_000)));
    }
}
