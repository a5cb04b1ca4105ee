package dev.crosswise.api;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** {@code DateTime}: ISO-8601 with an offset in, UTC ISO-8601 out; Java side is {@link OffsetDateTime}. */
public final class DateTimeScalar {

    public static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description("ISO-8601 date-time with offset, e.g. 2026-11-20T09:30:00Z")
            .coercing(new Coercing<OffsetDateTime, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    OffsetDateTime dateTime = switch (value) {
                        case OffsetDateTime odt -> odt;
                        case ZonedDateTime zdt -> zdt.toOffsetDateTime();
                        case Instant instant -> instant.atOffset(ZoneOffset.UTC);
                        default -> throw new CoercingSerializeException("Not a date-time: " + value);
                    };
                    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime.withOffsetSameInstant(ZoneOffset.UTC));
                }

                @Override
                public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
                    if (input instanceof String text) {
                        return parse(text, CoercingParseValueException::new);
                    }
                    throw new CoercingParseValueException("DateTime must be a string like 2026-11-20T09:30:00Z");
                }

                @Override
                public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                                   Locale locale) {
                    if (input instanceof StringValue text) {
                        return parse(text.getValue(), CoercingParseLiteralException::new);
                    }
                    throw new CoercingParseLiteralException("DateTime must be a string like 2026-11-20T09:30:00Z");
                }
            })
            .build();

    private DateTimeScalar() {
    }

    private static OffsetDateTime parse(String text, java.util.function.Function<String, RuntimeException> error) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw error.apply("Invalid DateTime '" + text + "': use ISO-8601 with an offset, e.g. 2026-11-20T09:30:00Z");
        }
    }
}
