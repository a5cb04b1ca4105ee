package dev.crosswise.security;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/** The errors of this package, built in one place so they all look alike. */
final class Rejections {

    private Rejections() {
    }

    /** A request over one of the {@link RequestLimits}; {@code limit} names the property to raise. */
    static GraphQLError overLimit(String limit, String message) {
        return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message)
                .extensions(Map.of("limit", limit)).build();
    }

    static AbortExecutionException abort(String limit, String message) {
        return new AbortExecutionException(List.of(overLimit(limit, message)));
    }

    static GraphQLError badArgument(graphql.schema.DataFetchingEnvironment env, String field, String message) {
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(message)
                .extensions(Map.of("field", field)).build();
    }

    /** @param bearerTokens whether JWT bearer tokens are accepted too: only then is the caller told to send one */
    static GraphQLError unauthorized(graphql.schema.DataFetchingEnvironment env, Caller caller, boolean bearerTokens) {
        String message = caller.invalidKey()
                ? "The API key in X-API-Key is not valid; check it, or ask an admin for one"
                : "Authentication required: send an API key in the X-API-Key header"
                        + (bearerTokens ? " (or a bearer token)" : "");
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.UNAUTHORIZED).message(message).build();
    }

    static GraphQLError forbidden(graphql.schema.DataFetchingEnvironment env, String operation, Role required) {
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN)
                .message(operation + " needs the " + required.name().toLowerCase(java.util.Locale.ROOT)
                        + " role; the key sent does not have it")
                .build();
    }

    /** An operation the caller's role may call, but not for this customer or with these arguments. */
    static GraphQLError forbidden(graphql.schema.DataFetchingEnvironment env, String message) {
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN).message(message).build();
    }

    /** A field a storefront caller may not read ({@link FieldRoles}); {@code field} names it, e.g. Customer.name. */
    static GraphQLError refusedField(graphql.schema.DataFetchingEnvironment env, String typeName, String fieldName) {
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN)
                .message(FieldRoles.refusal(typeName, fieldName))
                .extensions(Map.of("field", typeName + "." + fieldName)).build();
    }
}
