package dev.crosswise.rules;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** Rule sessions as metrics, so a session leak is visible in production (/actuator/metrics, admin key). */
@Component
class RuleSessionMetrics implements MeterBinder {

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("crosswise.rules.sessions.open", RuleEngine::openSessions)
                .description("Drools sessions taken from a rule set's pool and not yet handed back").register(registry);
        FunctionCounter.builder("crosswise.rules.sessions.created", RuleEngine.class, engine -> RuleEngine.createdSessions())
                .description("Drools sessions taken since start, one per evaluation").register(registry);
    }
}
