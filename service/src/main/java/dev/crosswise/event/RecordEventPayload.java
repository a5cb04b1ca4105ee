package dev.crosswise.event;

/** The answer to {@code recordEvent}: the stored event, and whether it had been recorded before. */
public record RecordEventPayload(Event event, boolean duplicate) {
}
