package dev.crosswise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.graphql.autoconfigure.observation.GraphQlObservationAutoConfiguration;

/**
 * GraphQL is not observed by Micrometer: its instrumentation, next to the operation guard's, made graphql-java chain
 * the two on every field of every answer (~180 for a {@code whatNext}) and set up data loaders per request — 3 % of a
 * decision's CPU. Requests are timed as HTTP requests ({@code http.server.requests}), decisions by stage ({@code
 * crosswise.decision.stage}), and errors counted by classification ({@code crosswise.graphql.errors}).
 */
@SpringBootApplication(exclude = GraphQlObservationAutoConfiguration.class)
@ConfigurationPropertiesScan
public class CrosswiseApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrosswiseApplication.class, args);
    }
}
