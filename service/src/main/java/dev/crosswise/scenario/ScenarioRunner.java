package dev.crosswise.scenario;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.api.NotFoundException;
import dev.crosswise.decision.Action;
import dev.crosswise.decision.Decision;
import dev.crosswise.decision.Reason;
import dev.crosswise.decision.ReasonKind;
import dev.crosswise.decision.SuppressedCandidate;
import dev.crosswise.rules.RuleSet;
import dev.crosswise.simulation.WhatIf;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs scenarios as what-if simulations against the graph and a given rule set, and says per scenario what
 * differed. Only reads the graph, so it can check a rule set that does not serve yet, in the running service.
 */
@Service
public class ScenarioRunner {

    private static final Logger log = LoggerFactory.getLogger(ScenarioRunner.class);

    /**
     * Scenarios are independent reads of the graph and evaluations of an immutable rule set, so they run side by side:
     * twice as many at once as there are cores (each waits on the graph about half of its time), on platform threads,
     * so that a reload's check gets its share of the CPU next to the requests being served.
     */
    private static final int PARALLELISM = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(PARALLELISM,
            Thread.ofPlatform().daemon().name("scenario-check-", 0).factory());

    private final WhatIf whatIf;
    /** Set when the service shuts down: scenarios still running then fail on the closed driver, not worth a warning. */
    private volatile boolean closing;

    public ScenarioRunner(WhatIf whatIf) {
        this.whatIf = whatIf;
    }

    /** Runs before the driver closes (this bean depends on it, so it is destroyed first). */
    @PreDestroy
    void closing() {
        closing = true;
    }

    /** Runs every scenario (several at once) and answers in the order given. */
    public List<ScenarioResult> run(List<Scenario> scenarios, RuleSet rules) {
        return run(scenarios, rules, () -> false);
    }

    /**
     * Runs every scenario (several at once) and answers in the order given; once {@code stop} says so, the scenarios
     * not started yet are skipped ("not run"): a reload whose rules failed already need not wait for them all.
     */
    public List<ScenarioResult> run(List<Scenario> scenarios, RuleSet rules, BooleanSupplier stop) {
        if (scenarios.size() < 2) {
            return scenarios.stream().map(s -> run(s, rules)).toList();
        }
        List<Future<ScenarioResult>> running = new ArrayList<>(scenarios.size());
        for (Scenario scenario : scenarios) {
            running.add(WORKERS.submit(() -> stop.getAsBoolean()
                    ? new ScenarioResult(scenario.file(), scenario.name(), ScenarioResult.Status.SKIP,
                            List.of("not run: the rules had failed already"), List.of())
                    : run(scenario, rules)));
        }
        List<ScenarioResult> results = new ArrayList<>(scenarios.size());
        try {
            for (Future<ScenarioResult> result : running) {
                results.add(result.get());
            }
        } catch (InterruptedException e) {
            running.forEach(r -> r.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the scenarios", e);
        } catch (ExecutionException e) {
            running.forEach(r -> r.cancel(true));
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
        return List.copyOf(results);
    }

    public ScenarioResult run(Scenario scenario, RuleSet rules) {
        Decision decision;
        try {
            decision = whatIf.decide(scenario.request(), rules);
        } catch (NotFoundException e) {
            return new ScenarioResult(scenario.file(), scenario.name(), ScenarioResult.Status.SKIP,
                    List.of("customer " + scenario.customerId() + " is not in this graph"), List.of());
        } catch (BadRequestException e) {
            return new ScenarioResult(scenario.file(), scenario.name(), ScenarioResult.Status.FAIL,
                    List.of("the scenario cannot run: " + e.getMessage()), List.of());
        } catch (RuntimeException e) {
            if (!closing) {
                log.warn("Scenario {} could not run: {}", scenario, e.toString());
            }
            return new ScenarioResult(scenario.file(), scenario.name(), ScenarioResult.Status.FAIL,
                    List.of("the scenario could not run: " + e.getMessage()), List.of());
        }
        List<String> differences = new ArrayList<>();
        for (Expectation expected : scenario.expectations()) {
            check(expected, decision).ifPresent(differences::add);
        }
        return new ScenarioResult(scenario.file(), scenario.name(),
                differences.isEmpty() ? ScenarioResult.Status.PASS : ScenarioResult.Status.FAIL, differences,
                describe(decision));
    }

    private static java.util.Optional<String> check(Expectation expected, Decision decision) {
        String what = expected.describe();
        return switch (expected.kind()) {
            case RECOMMENDED -> decision.actions().stream().anyMatch(expected::matches) ? java.util.Optional.empty()
                    : java.util.Optional.of("expected recommended: " + what + "\n  but no action matches"
                    + nearMiss(expected, decision));
            case NOT_RECOMMENDED -> decision.actions().stream().filter(expected::matches).findFirst()
                    .map(a -> "expected NOT recommended: " + what + "\n  but got " + line(a));
            case SUPPRESSED -> decision.suppressed().stream().anyMatch(expected::matches) ? java.util.Optional.empty()
                    : java.util.Optional.of("expected suppressed: " + what + "\n  but no suppression matches");
            case NOT_SUPPRESSED -> decision.suppressed().stream().filter(expected::matches).findFirst()
                    .map(s -> "expected NOT suppressed: " + what + "\n  but got " + line(s));
        };
    }

    /** When the product is offered but differently, say how: that is usually the whole story. */
    private static String nearMiss(Expectation expected, Decision decision) {
        if (expected.sku() == null) {
            return "";
        }
        String offered = decision.actions().stream().filter(a -> a.product().sku().equals(expected.sku()))
                .map(a -> "\n  " + expected.sku() + " is offered as " + line(a) + (expected.reason() == null ? ""
                        : "\n  with the reasons: " + String.join(" | ", a.reasons().stream().map(Reason::text).toList())))
                .findFirst().orElse("");
        String held = decision.suppressed().stream().filter(s -> s.product() != null && s.product().sku().equals(expected.sku()))
                .map(s -> "\n  " + expected.sku() + " is held back: " + line(s)).findFirst().orElse("");
        return offered.isEmpty() && held.isEmpty() ? "\n  " + expected.sku() + " is neither offered nor suppressed"
                : offered + held;
    }

    static List<String> describe(Decision decision) {
        List<String> lines = new ArrayList<>();
        decision.actions().forEach(a -> lines.add(line(a)));
        decision.suppressed().forEach(s -> lines.add(line(s)));
        if (lines.isEmpty()) {
            lines.add("no action and no suppression");
        }
        return lines;
    }

    static String line(Action a) {
        List<String> rules = a.reasons().stream().filter(r -> r.kind() != ReasonKind.SCORE || !"arbitration".equals(r.rule()))
                .map(Reason::rule).distinct().toList();
        return "#" + a.rank() + " " + a.product().sku() + " " + a.strategy() + ", moment "
                + (a.moment() == null ? "NONE" : a.moment()) + ", " + a.channel() + ", score " + a.score()
                + " (rules: " + String.join("; ", rules) + ")";
    }

    static String line(SuppressedCandidate s) {
        return "suppressed " + (s.product() == null ? "?" : s.product().sku()) + " " + s.strategy() + " by \""
                + s.rule() + "\": " + s.reason();
    }
}
