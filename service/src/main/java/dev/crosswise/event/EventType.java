package dev.crosswise.event;

import java.util.List;

/** What a customer did, with the input fields each type requires. */
public enum EventType {
    PURCHASE(EventInput.Field.SKU, EventInput.Field.ORDER_ID),
    RETURN(EventInput.Field.SKU),
    VIEW(EventInput.Field.SKU),
    VISIT,
    CART_ADD(EventInput.Field.SKU),
    CART_REMOVE(EventInput.Field.SKU),
    CHECKOUT,
    SUPPORT_OPENED(EventInput.Field.CASE_ID),
    SUPPORT_RESOLVED(EventInput.Field.CASE_ID, EventInput.Field.SATISFACTION),
    USAGE(EventInput.Field.SKU, EventInput.Field.USAGE_PERCENT),
    TIER_CHANGED(EventInput.Field.TIER);

    private final List<EventInput.Field> required;

    EventType(EventInput.Field... required) {
        this.required = List.of(required);
    }

    public List<EventInput.Field> required() {
        return required;
    }

    /** Types whose effect is on an owned product, so the customer must own it already. */
    boolean needsOwnership() {
        return this == RETURN || this == USAGE;
    }
}
