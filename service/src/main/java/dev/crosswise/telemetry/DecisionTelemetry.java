package dev.crosswise.telemetry;

import dev.crosswise.decision.Action;
import dev.crosswise.decision.Decision;
import dev.crosswise.decision.DecisionMade;
import dev.crosswise.decision.Placement;
import dev.crosswise.decision.SuppressedCandidate;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts and times the decisions the API answers ({@code whatNext}, {@code decide}):
 * <ul>
 *   <li>{@code crosswise.decisions}: a timer, by {@code operation}, {@code channel} (asked for; {@code any} when the
 *       rules chose per action) and {@code placement} ({@code none} when not given), with histogram buckets around the
 *       budgets (p50 ≤ 2 ms, p99 ≤ 10 ms); its count is the number of decisions, {@code operation="decide"} the
 *       recorded ones;</li>
 *   <li>{@code crosswise.actions.offered}: the actions answered, by {@code operation}, {@code strategy},
 *       {@code moment} ({@code none} without one) and {@code channel};</li>
 *   <li>{@code crosswise.suppressions}: the candidates guardrails held back, by {@code operation}, {@code rule} (the
 *       DRL rule's name) and {@code strategy}.</li>
 * </ul>
 * This runs on every decision: each meter is registered the first time its combination of labels occurs and then
 * found by index (the enum constants' ordinals), so counting costs no lookup by name, no tag list and no allocation.
 */
@Component
class DecisionTelemetry {

    /** The timer's histogram buckets: fine around the budgets, coarse beyond, a dozen per combination of labels. */
    static final Duration[] LATENCY_BUCKETS = {
            millis(0.5), millis(1), millis(1.5), millis(2), millis(3), millis(5), millis(7.5), millis(10),
            millis(25), millis(50), millis(100), millis(250), millis(1000)};
    /** A rule set's names are few, but an analyst may build one from data: past this many, {@code other}. */
    static final int MAX_RULE_LABELS = 256;
    static final String OTHER_RULE = "other";

    private static final Channel[] CHANNELS = Channel.values();
    private static final Placement[] PLACEMENTS = Placement.values();
    private static final Strategy[] STRATEGIES = Strategy.values();
    private static final Moment[] MOMENTS = Moment.values();

    private final MeterRegistry meters;
    /** By operation, channel, placement: {@link #slot} of each, null first. */
    private final AtomicReferenceArray<Timer> decisions = new AtomicReferenceArray<>(
            2 * (CHANNELS.length + 1) * (PLACEMENTS.length + 1));
    /** By operation, strategy, moment, channel. */
    private final AtomicReferenceArray<Counter> offered = new AtomicReferenceArray<>(
            2 * (STRATEGIES.length + 1) * (MOMENTS.length + 1) * (CHANNELS.length + 1));
    /** By rule, then by operation and strategy. */
    private final Map<String, AtomicReferenceArray<Counter>> suppressedByRule = new ConcurrentHashMap<>();

    DecisionTelemetry(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void decided(DecisionMade made) {
        Decision decision = made.decision();
        boolean recorded = decision.recorded();
        decisionTimer(recorded, made.channel(), made.placement()).record(made.nanos(), TimeUnit.NANOSECONDS);
        for (Action action : decision.actions()) {
            offeredCounter(recorded, action.strategy(), action.moment(), action.channel()).increment();
        }
        for (SuppressedCandidate candidate : decision.suppressed()) {
            suppressedCounter(recorded, candidate.rule(), candidate.strategy()).increment();
        }
    }

    private Timer decisionTimer(boolean recorded, Channel channel, Placement placement) {
        int index = (operationSlot(recorded) * (CHANNELS.length + 1) + slot(channel)) * (PLACEMENTS.length + 1)
                + slot(placement);
        Timer timer = decisions.get(index);
        if (timer == null) {
            // registering is idempotent: threads racing here all get the same timer
            timer = Timer.builder("crosswise.decisions")
                    .description("decisions the API answered, from the request's arguments to the answer "
                            + "(decide: recording included)")
                    .tag("operation", operation(recorded))
                    .tag("channel", channel == null ? "any" : channel.name())
                    .tag("placement", label(placement))
                    .serviceLevelObjectives(LATENCY_BUCKETS)
                    .register(meters);
            decisions.set(index, timer);
        }
        return timer;
    }

    private Counter offeredCounter(boolean recorded, Strategy strategy, Moment moment, Channel channel) {
        int index = ((operationSlot(recorded) * (STRATEGIES.length + 1) + slot(strategy)) * (MOMENTS.length + 1)
                + slot(moment)) * (CHANNELS.length + 1) + slot(channel);
        Counter counter = offered.get(index);
        if (counter == null) {
            counter = Counter.builder("crosswise.actions.offered")
                    .description("actions in the decisions the API answered")
                    .tag("operation", operation(recorded))
                    .tag("strategy", label(strategy))
                    .tag("moment", label(moment))
                    .tag("channel", label(channel))
                    .register(meters);
            offered.set(index, counter);
        }
        return counter;
    }

    private Counter suppressedCounter(boolean recorded, String rule, Strategy strategy) {
        String name = rule == null ? "none" : rule;
        AtomicReferenceArray<Counter> byStrategy = suppressedByRule.get(name);
        if (byStrategy == null) {
            if (suppressedByRule.size() >= MAX_RULE_LABELS) {
                name = OTHER_RULE;
            }
            byStrategy = suppressedByRule.computeIfAbsent(name, r -> new AtomicReferenceArray<>(2 * (STRATEGIES.length + 1)));
        }
        int index = operationSlot(recorded) * (STRATEGIES.length + 1) + slot(strategy);
        Counter counter = byStrategy.get(index);
        if (counter == null) {
            counter = Counter.builder("crosswise.suppressions")
                    .description("candidates a guardrail held back in the decisions the API answered")
                    .tag("operation", operation(recorded))
                    .tag("rule", name)
                    .tag("strategy", label(strategy))
                    .register(meters);
            byStrategy.set(index, counter);
        }
        return counter;
    }

    private static int operationSlot(boolean recorded) {
        return recorded ? 1 : 0;
    }

    /** The GraphQL operation: a recorded decision came from {@code decide}. */
    private static String operation(boolean recorded) {
        return recorded ? "decide" : "whatNext";
    }

    /** 0 for null, the ordinal + 1 otherwise. */
    private static int slot(Enum<?> value) {
        return value == null ? 0 : value.ordinal() + 1;
    }

    private static String label(Enum<?> value) {
        return value == null ? "none" : value.name();
    }

    private static Duration millis(double millis) {
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }
}
