package dev.crosswise.security;

import graphql.ExecutionResult;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks each operation before it runs. First its shape, once per cached document: nesting depth, fields selected,
 * aliases (alias floods like {@code a1: whatNext(...) a2: whatNext(...)}) and top-level fields (batches of
 * operations in one request) — a refused operation answers one BAD_REQUEST naming the limit. Then every root field
 * (each operation of {@code Query} and {@code Mutation}) before it fetches anything: that the caller may call it
 * ({@link OperationRoles}), and that every argument is within bounds (IDs not blank and short, no control
 * characters, strings and lists of bounded size). A refused field answers null with one error (UNAUTHORIZED,
 * FORBIDDEN or BAD_REQUEST naming the argument); other fields of the same request are unaffected. A storefront
 * caller is narrowed further: its operations by {@link StorefrontScope} (its own customer, browsing events), and every
 * field of the answer by {@link FieldRoles} (a field it may not read answers null with FORBIDDEN naming the field).
 * For other callers nested fields are not checked: they can only be reached through a root field. One instrumentation
 * does all of it because graphql-java calls every instrumentation on every field of the answer.
 */
final class OperationGuard extends SimplePerformantInstrumentation {

    /** Beyond this many operations the memo starts over rather than grow without bound. */
    private static final int MAX_SHAPES = 1_000;

    private final RequestLimits limits;
    /** JWT bearer tokens are accepted besides API keys (an issuer is configured). */
    private final boolean bearerTokens;
    /**
     * Parsed documents are cached and reused (api/ParsedDocumentCache), and with them their operations: AST nodes
     * compare by identity, so a repeated document finds its shape here.
     */
    private final Map<OperationDefinition, OperationShape> shapes = new ConcurrentHashMap<>();

    private final StorefrontScope storefront;

    OperationGuard(RequestLimits limits, boolean bearerTokens, StorefrontScope storefront) {
        this.limits = limits;
        this.bearerTokens = bearerTokens;
        this.storefront = storefront;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        var context = parameters.getExecutionContext();
        OperationShape shape = shapes.get(context.getOperationDefinition());
        if (shape == null) {
            shape = OperationShape.of(context.getOperationDefinition(), context.getFragmentsByName());
            if (shapes.size() >= MAX_SHAPES) {
                shapes.clear();
            }
            shapes.put(context.getOperationDefinition(), shape);
        }
        refuseOverLimits(shape);
        return super.beginExecuteOperation(parameters, state);
    }

    private void refuseOverLimits(OperationShape shape) {
        if (shape.depth() > limits.maxDepth()) {
            throw Rejections.abort("maxDepth", "The query is " + shape.depth() + " levels deep; at most "
                    + limits.maxDepth() + " are accepted");
        }
        if (shape.fields() > limits.maxComplexity()) {
            throw Rejections.abort("maxComplexity", "The query selects " + shape.fields() + " fields; at most "
                    + limits.maxComplexity() + " are accepted");
        }
        if (shape.aliases() > limits.maxAliases()) {
            throw Rejections.abort("maxAliases", "The operation uses " + shape.aliases() + " aliases; at most "
                    + limits.maxAliases() + " are accepted");
        }
        if (shape.rootFields() > limits.maxRootFields()) {
            throw Rejections.abort("maxRootFields", "The operation asks for " + shape.rootFields()
                    + " top-level fields; at most " + limits.maxRootFields() + " are accepted in one request");
        }
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        Caller caller = parameters.getExecutionContext().getGraphQLContext().getOrDefault(Caller.class, Caller.ANONYMOUS);
        if (caller.storefront()) {
            DataFetcher<?> refused = refusedField(parameters);
            if (refused != null) {
                return refused;
            }
        }
        // a property read is never an operation's root field, and asking for its environment would build one for
        // each of the hundreds of fields of an answer (graphql-java spares property reads that work)
        if (parameters.isTrivialDataFetcher()) {
            return dataFetcher;
        }
        DataFetchingEnvironment fieldEnvironment = parameters.getEnvironment();
        if (!isRootField(fieldEnvironment)) {
            return dataFetcher;
        }
        return env -> {
            var refusal = refusal(env);
            return refusal != null ? refusal : dataFetcher.get(env);
        };
    }

    /** For a storefront caller, a fetcher answering FORBIDDEN in place of a field it may not read; else null. */
    private static DataFetcher<?> refusedField(InstrumentationFieldFetchParameters parameters) {
        GraphQLObjectType parent = parameters.getExecutionStepInfo().getObjectType();
        GraphQLSchema schema = parameters.getExecutionContext().getGraphQLSchema();
        String fieldName = parameters.getField().getName();
        if (parent == schema.getQueryType() || parent == schema.getMutationType()
                || FieldRoles.storefrontReads(parent.getName(), fieldName)) {
            return null;
        }
        return env -> failed(Rejections.refusedField(env, parent.getName(), fieldName));
    }

    private static boolean isRootField(DataFetchingEnvironment env) {
        GraphQLSchema schema = env.getGraphQLSchema();
        GraphQLType parent = env.getParentType();
        return parent == schema.getQueryType() || parent == schema.getMutationType()
                || parent == schema.getSubscriptionType();
    }

    private DataFetcherResult<Object> refusal(DataFetchingEnvironment env) {
        String typeName = ((GraphQLObjectType) env.getParentType()).getName();
        String fieldName = env.getFieldDefinition().getName();
        Role required = OperationRoles.required(typeName, fieldName);
        if (required != null) {
            Caller caller = env.getGraphQlContext().getOrDefault(Caller.class, Caller.ANONYMOUS);
            if (!caller.authenticated()) {
                return failed(Rejections.unauthorized(env, caller, bearerTokens));
            }
            if (!caller.role().includes(required)) {
                return failed(Rejections.forbidden(env, typeName + "." + fieldName, required));
            }
        }
        GraphQLFieldDefinition field = env.getFieldDefinition();
        for (GraphQLArgument argument : field.getArguments()) {
            Problem problem = check(argument.getName(), argument.getType(), env.getArgument(argument.getName()));
            if (problem != null) {
                return failed(Rejections.badArgument(env, problem.field(), problem.message()));
            }
        }
        Caller caller = env.getGraphQlContext().getOrDefault(Caller.class, Caller.ANONYMOUS);
        if (caller.storefront()) {
            String refusal = storefront.refusal(typeName + "." + fieldName, env.getArguments(), caller);
            if (refusal != null) {
                return failed(Rejections.forbidden(env, refusal));
            }
        }
        return null;
    }

    /** What is wrong with an argument: the field (an argument name, or a path into an input like context.cartSkus). */
    private record Problem(String field, String message) {
    }

    private static DataFetcherResult<Object> failed(graphql.GraphQLError error) {
        return DataFetcherResult.newResult().data(null).error(error).build();
    }

    /** What is wrong with {@code value} at {@code path}, or null when it is fine. */
    private Problem check(String path, GraphQLInputType type, Object value) {
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        if (value == null) {
            return null;
        }
        if (unwrapped instanceof GraphQLList list && value instanceof List<?> items) {
            if (items.size() > limits.maxListSize()) {
                return new Problem(path, path + " has " + items.size() + " items; at most " + limits.maxListSize()
                        + " are allowed");
            }
            for (Object item : items) {
                Problem problem = check(path, (GraphQLInputType) list.getWrappedType(), item);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            for (GraphQLInputObjectField inputField : object.getFieldDefinitions()) {
                Problem problem = check(path + "." + inputField.getName(), inputField.getType(),
                        fields.get(inputField.getName()));
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (unwrapped instanceof GraphQLScalarType scalar && value instanceof String text) {
            return checkText(path, scalar.getName().equals("ID"), text);
        }
        return null;
    }

    private Problem checkText(String path, boolean id, String text) {
        int max = id ? limits.maxIdLength() : limits.maxStringLength();
        if (id && text.isBlank()) {
            return new Problem(path, path + " must not be blank");
        }
        if (text.length() > max) {
            return new Problem(path, path + " has " + text.length() + " characters; at most " + max + " are allowed");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // IDs never hold control characters; free text may hold line breaks and tabs.
            if (Character.isISOControl(c) && (id || (c != '\n' && c != '\r' && c != '\t'))) {
                return new Problem(path, path + " contains a control character (U+" + String.format("%04X", (int) c)
                        + " at position " + i + ")");
            }
        }
        return null;
    }
}
