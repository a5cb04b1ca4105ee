package dev.crosswise.api;

/** The request names something that does not exist; reported as a NOT_FOUND GraphQL error. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
