package dev.crosswise.api;

/**
 * The request names something that does not exist; reported as a NOT_FOUND GraphQL error, with the input field
 * that named it (e.g. {@code input.sku}) when there is one.
 */
public class NotFoundException extends RuntimeException {
    private final String field;

    public NotFoundException(String message) {
        this(null, message);
    }

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field that named the missing thing, or null. */
    public String field() {
        return field;
    }
}
