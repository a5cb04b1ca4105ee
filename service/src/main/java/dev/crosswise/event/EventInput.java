package dev.crosswise.event;

import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Tier;
import java.time.OffsetDateTime;
import java.util.function.Function;

/** GraphQL input {@code EventInput}; which fields are required depends on the {@link EventType}. */
public record EventInput(String eventId, EventType type, String customerId, OffsetDateTime at, String sku,
                         String orderId, Integer quantity, Double price, Boolean gift, Double usagePercent,
                         Integer satisfaction, String caseId, Tier tier, Channel channel) {

    /** The type-specific fields, named as in the schema. */
    public enum Field {
        SKU("sku", EventInput::sku),
        ORDER_ID("orderId", EventInput::orderId),
        USAGE_PERCENT("usagePercent", EventInput::usagePercent),
        SATISFACTION("satisfaction", EventInput::satisfaction),
        CASE_ID("caseId", EventInput::caseId),
        TIER("tier", EventInput::tier);

        private final String name;
        private final Function<EventInput, Object> value;

        Field(String name, Function<EventInput, Object> value) {
            this.name = name;
            this.value = value;
        }

        /** The field's path in an error, e.g. {@code input.sku}. */
        public String path() {
            return "input." + name;
        }

        boolean missingIn(EventInput input) {
            Object given = value.apply(input);
            return given == null || given instanceof String text && text.isBlank();
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
