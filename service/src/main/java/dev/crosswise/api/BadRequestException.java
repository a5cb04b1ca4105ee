package dev.crosswise.api;

/** An argument is invalid; reported as a BAD_REQUEST GraphQL error naming the field. */
public class BadRequestException extends RuntimeException {
    private final String field;

    public BadRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
