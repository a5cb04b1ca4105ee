package dev.crosswise.response;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class ResponseController {

    private final ResponseRecorder recorder;

    ResponseController(ResponseRecorder recorder) {
        this.recorder = recorder;
    }

    @MutationMapping
    RecordResponsePayload recordResponse(@Argument ResponseInput input) {
        return recorder.record(input);
    }
}
