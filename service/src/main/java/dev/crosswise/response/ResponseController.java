package dev.crosswise.response;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class ResponseController {

    private final ResponseRecorder recorder;
    private final ApplicationEventPublisher events;

    ResponseController(ResponseRecorder recorder, ApplicationEventPublisher events) {
        this.recorder = recorder;
        this.events = events;
    }

    /** Answers the recorded response, and announces it (a replay too, marked duplicate) to whoever keeps count. */
    @MutationMapping
    RecordResponsePayload recordResponse(@Argument ResponseInput input) {
        RecordResponsePayload recorded = recorder.record(input);
        events.publishEvent(recorded);
        return recorded;
    }
}
