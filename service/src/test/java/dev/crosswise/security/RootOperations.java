package dev.crosswise.security;

import graphql.schema.GraphQLEnumType;
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
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnmodifiedType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Every operation of the running schema (each root field of Query and Mutation), with a way to call it with
 * plausible values for all its arguments, one of which may be replaced. Tests built on it cover operations added
 * later without a change.
 */
public record RootOperations(GraphQLSchema schema) {

    /** One operation, e.g. {@code Mutation.recordEvent}. */
    public record Operation(GraphQLObjectType type, GraphQLFieldDefinition field) {
        public String coordinate() {
            return type.getName() + "." + field.getName();
        }

        public boolean isMutation() {
            return type.getName().equals("Mutation");
        }

        @Override
        public String toString() {
            return coordinate();
        }
    }

    /** A document and its variables. */
    public record Call(String document, Map<String, Object> variables) {
    }

    public List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (GraphQLObjectType type : new GraphQLObjectType[] {schema.getQueryType(), schema.getMutationType()}) {
            if (type != null) {
                type.getFieldDefinitions().forEach(field -> operations.add(new Operation(type, field)));
            }
        }
        return operations;
    }

    /** The paths of every String or ID in the operation's arguments, e.g. {@code input.customerId}. */
    public List<String> textArguments(Operation operation) {
        List<String> paths = new ArrayList<>();
        operation.field().getArguments().forEach(argument -> collectText(argument.getName(), argument.getType(), paths, 0));
        return paths;
    }

    private static void collectText(String path, GraphQLInputType type, List<String> paths, int depth) {
        GraphQLUnmodifiedType named = GraphQLTypeUtil.unwrapAll(type);
        if (named instanceof GraphQLScalarType scalar && (scalar.getName().equals("String") || scalar.getName().equals("ID"))) {
            paths.add(path);
        } else if (named instanceof GraphQLInputObjectType object && depth < 5) {
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                collectText(path + "." + field.getName(), field.getType(), paths, depth + 1);
            }
        }
    }

    /** A call of {@code operation} with plausible values, where the String/ID at {@code replacedPath} is {@code value}. */
    public Call call(Operation operation, String replacedPath, String value) {
        return call(operation, path -> path.equals(replacedPath) ? value : null);
    }

    /** A call of {@code operation} with plausible values; {@code override} may give the value of a text path. */
    public Call call(Operation operation, Function<String, String> override) {
        StringBuilder declarations = new StringBuilder();
        StringBuilder arguments = new StringBuilder();
        Map<String, Object> variables = new LinkedHashMap<>();
        for (var argument : operation.field().getArguments()) {
            declarations.append(declarations.isEmpty() ? "" : ", ").append('$').append(argument.getName()).append(": ")
                    .append(GraphQLTypeUtil.simplePrint(argument.getType()));
            arguments.append(arguments.isEmpty() ? "" : ", ").append(argument.getName()).append(": $").append(argument.getName());
            variables.put(argument.getName(), value(argument.getName(), argument.getType(), override, 0));
        }
        GraphQLType result = GraphQLTypeUtil.unwrapAll(operation.field().getType());
        String selection = result instanceof GraphQLScalarType || result instanceof GraphQLEnumType ? "" : " { __typename }";
        String document = (operation.isMutation() ? "mutation" : "query") + " Probe"
                + (declarations.isEmpty() ? "" : "(" + declarations + ")") + " { " + operation.field().getName()
                + (arguments.isEmpty() ? "" : "(" + arguments + ")") + selection + " }";
        return new Call(document, variables);
    }

    private static Object value(String path, GraphQLInputType type, Function<String, String> override, int depth) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value(path, (GraphQLInputType) nonNull.getWrappedType(), override, depth);
        }
        if (type instanceof GraphQLList list) {
            return List.of(value(path, (GraphQLInputType) list.getWrappedType(), override, depth));
        }
        if (type instanceof GraphQLInputObjectType object) {
            Map<String, Object> fields = new LinkedHashMap<>();
            if (depth < 5) {
                for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                    Object v = value(path + "." + field.getName(), field.getType(), override, depth + 1);
                    if (v != null) {
                        fields.put(field.getName(), v);
                    }
                }
            }
            return fields;
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumType.getValues().getFirst().getName();
        }
        String replaced = override.apply(path);
        if (replaced != null) {
            return replaced;
        }
        String name = path.substring(path.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return switch (((GraphQLScalarType) type).getName()) {
            case "Int" -> name.contains("quantity") ? 1 : 3;
            case "Float" -> 0.5;
            case "Boolean" -> false;
            case "DateTime" -> "2026-11-20T09:00:00Z";
            default -> plausibleText(path, name);
        };
    }

    /** Ids that exist in the demo seed where the name says what they are, so calls get past "not found". */
    private static String plausibleText(String path, String name) {
        if (name.equals("eventid") || name.equals("responseid") || name.equals("requestid")) {
            return "probe-" + UUID.randomUUID();
        }
        if (name.contains("customer") || (name.equals("id") && path.toLowerCase(java.util.Locale.ROOT).contains("customer"))) {
            return "C-ADA";
        }
        if (name.contains("sku") || name.contains("product")) {
            return "W-SHO-OXF";
        }
        if (name.equals("id")) {
            return "C-ADA";
        }
        return "probe-" + name;
    }
}
