package dev.crosswise.telemetry;

import dev.crosswise.authoring.RulesReloaded;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts reloads of the rules folder ({@code crosswise.rules.reloads}), by {@code outcome}: {@code applied} (the new
 * rules serve) or {@code rejected} (they did not compile or broke a scenario; the previous rules keep serving). An
 * alert on a rising {@code rejected} catches a broken save that nobody looked at.
 */
@Component
class RulesTelemetry {

    private final Counter applied;
    private final Counter rejected;

    RulesTelemetry(MeterRegistry meters) {
        applied = reloads(meters, "applied");
        rejected = reloads(meters, "rejected");
    }

    private static Counter reloads(MeterRegistry meters, String outcome) {
        return Counter.builder("crosswise.rules.reloads").description("reloads of the rules folder, by outcome")
                .tag("outcome", outcome).register(meters);
    }

    @EventListener
    void reloaded(RulesReloaded reload) {
        (reload.applied() ? applied : rejected).increment();
    }
}
