package dev.crosswise.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into GraphQL errors a frontend developer can act on: a classification, a message, and for
 * bad input the field. Unexpected failures are logged with their stack trace and answered without one.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        return switch (ex) {
            case NotFoundException notFound -> GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.NOT_FOUND).message(notFound.getMessage())
                    .extensions(notFound.field() == null ? Map.of() : Map.of("field", notFound.field())).build();
            case BadRequestException bad -> GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.BAD_REQUEST).message(bad.getMessage())
                    .extensions(Map.of("field", bad.field())).build();
            case ServiceUnavailableException unavailable -> unavailable(env, unavailable);
            case SessionExpiredException expired -> unavailable(env, expired);
            default -> {
                log.error("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), ex);
                yield GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
                        .message("Internal error; it has been logged").build();
            }
        };
    }

    private static GraphQLError unavailable(DataFetchingEnvironment env, Exception cause) {
        log.warn("Neo4j unavailable: {}", cause.getMessage());
        return GraphqlErrorBuilder.newError(env).errorType(ErrorClassification.UNAVAILABLE)
                .message("The graph database is unavailable; retry in a few seconds").build();
    }
}
