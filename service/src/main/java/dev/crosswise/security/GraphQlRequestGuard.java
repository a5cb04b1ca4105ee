package dev.crosswise.security;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.parser.ParserOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import reactor.core.publisher.Mono;

/**
 * The door of every GraphQL request over HTTP: hands the caller to the {@link OperationGuard} through the GraphQL
 * context, refuses documents over the size limit, sets the parser's token limits, and reports malformed input
 * (a bad date, an unknown enum value, a syntax error) as BAD_REQUEST naming the argument, like every other
 * invalid argument.
 */
final class GraphQlRequestGuard implements WebGraphQlInterceptor {

    private static final Pattern ARGUMENT = Pattern.compile("argument '([^']+)'");
    private static final Pattern VARIABLE = Pattern.compile("Variable '([^']+)'");

    private final RequestLimits limits;
    private final ParserOptions parserOptions;

    GraphQlRequestGuard(RequestLimits limits) {
        this.limits = limits;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxCharacters(limits.maxDocumentChars())
                .maxTokens(limits.maxTokens())
                .maxWhitespaceTokens(Math.max(limits.maxTokens() * 10, 10_000))
                .maxRuleDepth(Math.min(ParserOptions.MAX_RULE_DEPTH, limits.maxDepth() * 10)));
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication(),
                request.getAttributes().containsKey(ApiKeyAuthenticationFilter.INVALID_KEY_ATTRIBUTE));
        String document = request.getDocument();
        if (document != null && document.length() > limits.maxDocumentChars()) {
            return Mono.just(reject(request, Rejections.overLimit("maxDocumentChars", "The GraphQL document has "
                    + document.length() + " characters; at most " + limits.maxDocumentChars() + " are accepted")));
        }
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(
                Caller.class, caller,
                ParserOptions.class, parserOptions)).build());
        return chain.next(request).map(GraphQlRequestGuard::asBadRequests);
    }

    private static WebGraphQlResponse reject(WebGraphQlRequest request, GraphQLError error) {
        ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }

    /** graphql-java's own request errors (syntax, validation, coercion of dates and enums) become BAD_REQUEST. */
    private static WebGraphQlResponse asBadRequests(WebGraphQlResponse response) {
        List<GraphQLError> errors = response.getExecutionResult().getErrors();
        if (errors.stream().noneMatch(GraphQlRequestGuard::isRequestError)) {
            return response;
        }
        List<GraphQLError> mapped = errors.stream().map(e -> isRequestError(e) ? asBadRequest(e) : e).toList();
        return response.transform(builder -> builder.errors(mapped));
    }

    private static boolean isRequestError(GraphQLError error) {
        return error.getErrorType() == ErrorType.ValidationError || error.getErrorType() == ErrorType.InvalidSyntax;
    }

    private static GraphQLError asBadRequest(GraphQLError error) {
        Map<String, Object> extensions = new HashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.remove("classification");
        extensions.put("graphql", error.getErrorType().toString());
        String field = fieldOf(error.getMessage());
        if (field != null) {
            extensions.put("field", field);
        }
        var builder = GraphqlErrorBuilder.newError()
                .errorType(org.springframework.graphql.execution.ErrorType.BAD_REQUEST)
                .message(error.getMessage())
                .extensions(extensions);
        if (error.getLocations() != null) {
            builder.locations(error.getLocations());
        }
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        return builder.build();
    }

    static String fieldOf(String message) {
        if (message == null) {
            return null;
        }
        for (Pattern pattern : List.of(ARGUMENT, VARIABLE)) {
            Matcher matcher = pattern.matcher(message);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }
}
