package dev.crosswise.telemetry;

import dev.crosswise.event.EventType;
import dev.crosswise.event.RecordEventPayload;
import dev.crosswise.response.RecordResponsePayload;
import dev.crosswise.response.ResponseType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts what the shop reports back: responses to offered actions ({@code crosswise.responses}, by {@code type}) and
 * customer events ({@code crosswise.events}, by {@code type}). A replay (the same response or event id again) is not
 * counted: it changed nothing. Every type is registered at start, so each series exists from zero and a rate over
 * the first one recorded is right.
 */
@Component
class FeedbackTelemetry {

    private final Map<ResponseType, Counter> responses = new EnumMap<>(ResponseType.class);
    private final Map<EventType, Counter> events = new EnumMap<>(EventType.class);

    FeedbackTelemetry(MeterRegistry meters) {
        for (ResponseType type : ResponseType.values()) {
            responses.put(type, Counter.builder("crosswise.responses").description("responses recorded (not replays)")
                    .tag("type", type.name()).register(meters));
        }
        for (EventType type : EventType.values()) {
            events.put(type, Counter.builder("crosswise.events").description("events recorded (not replays)")
                    .tag("type", type.name()).register(meters));
        }
    }

    @EventListener
    void responseRecorded(RecordResponsePayload recorded) {
        if (!recorded.duplicate()) {
            responses.get(recorded.response().type()).increment();
        }
    }

    @EventListener
    void eventRecorded(RecordEventPayload recorded) {
        if (!recorded.duplicate()) {
            events.get(recorded.event().type()).increment();
        }
    }
}
