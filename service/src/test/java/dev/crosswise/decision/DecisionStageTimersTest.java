package dev.crosswise.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.graph.TestGraph;
import dev.crosswise.rules.Facts;
import dev.crosswise.rules.RuleEngine;
import dev.crosswise.rules.facts.DecisionRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stage timers ({@code crosswise.decision.stage}) time the decisions the shop asks for, not what-ifs. */
class DecisionStageTimersTest {

    private static final Instant FRIDAY = Instant.parse("2026-11-20T09:00:00Z");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RuleEngine engine = new RuleEngine(Facts.RULES);
    private final CustomerContextReader reader = DecisionWiring.contextReader(TestGraph.get().graph());
    private final DecisionService decisions = new DecisionService(reader, engine, DecisionWiring.texts(), Clock.fixed(FRIDAY, ZoneOffset.UTC),
            meters);

    private long count(String stage) {
        return meters.get("crosswise.decision.stage").tag("stage", stage).timer().count();
    }

    @Test
    void aWhatNextIsTimedStageByStage() {
        decisions.whatNext("C-ADA", null, 3, OffsetDateTime.parse("2026-11-20T09:00:00Z"), null);

        assertThat(count("read")).isOne();
        assertThat(count("rules")).isOne();
        assertThat(count("arbitration")).isOne();
    }

    @Test
    void aDecisionOnAContextAlreadyReadAsWhatIfsMakeThemIsNotTimed() {
        CustomerContext context = reader.read("C-ADA", FRIDAY, Set.of());

        decisions.decide(context, new DecisionRequest("C-ADA", FRIDAY, null, null, null, Set.of()), engine.current(), 3);

        assertThat(count("rules")).isZero();
        assertThat(count("arbitration")).isZero();
    }
}
