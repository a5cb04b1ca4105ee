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

/**
 * {@code DateTime}: ISO-8601 with an offset in, UTC ISO-8601 out; Java side is {@link OffsetDateTime}. Only years
 * {@value #FIRST_YEAR}..{@value #LAST_YEAR} are taken: java.time parses nine-digit years, whose epoch milliseconds
 * overflow every duration a decision computes, and one such event stored would break its customer's decisions.
 */
public final class DateTimeScalar {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;

    // The description schema.graphqls gives: a scalar's own description is what introspection serves.
    private static final String DESCRIPTION = "An instant as an ISO-8601 date-time with an offset, between the years "
            + FIRST_YEAR + " and " + LAST_YEAR + ", e.g. `2026-11-20T09:30:00Z`.";

    public static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description(DESCRIPTION)
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
        OffsetDateTime dateTime;
        try {
            dateTime = OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw error.apply("Invalid DateTime '" + text + "': use ISO-8601 with an offset, e.g. 2026-11-20T09:30:00Z");
        }
        int year = dateTime.withOffsetSameInstant(ZoneOffset.UTC).getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw error.apply("DateTime '" + text + "' is out of range: years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return dateTime;
    }
}
