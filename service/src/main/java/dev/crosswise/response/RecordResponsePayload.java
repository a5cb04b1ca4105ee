package dev.crosswise.response;

/** The answer to {@code recordResponse}: the stored response, and whether it had been recorded before. */
public record RecordResponsePayload(Response response, boolean duplicate) {
}
