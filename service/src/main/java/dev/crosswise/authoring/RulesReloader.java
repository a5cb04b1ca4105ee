package dev.crosswise.authoring;

import dev.crosswise.rules.RuleCompilationException;
import dev.crosswise.rules.RuleCompiler;
import dev.crosswise.rules.RuleEngine;
import dev.crosswise.rules.RuleProblem;
import dev.crosswise.rules.RuleSet;
import dev.crosswise.rules.RuleWarmUp;
import dev.crosswise.rules.RulesProperties;
import dev.crosswise.scenario.Scenario;
import dev.crosswise.scenario.ScenarioFiles;
import dev.crosswise.scenario.ScenarioReport;
import dev.crosswise.scenario.ScenarioResult;
import dev.crosswise.scenario.ScenarioRunner;
import jakarta.annotation.PreDestroy;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes up a change of the rules folder without a restart. The change is compiled and checked against the scenario
 * files (as simulations on the service's own graph: nothing is written) away from any decision; only a rule set that
 * compiles and breaks no scenario — fails none that the serving rules pass, nor fails other expectations of one —
 * replaces the serving one, in one atomic swap. Decisions in flight finish on the rules they started with. A rejected
 * change leaves the previous rules serving and is reported in {@link #status()} and in the log, located by file, line
 * and column.
 */
@Component
public class RulesReloader {

    private static final Logger log = LoggerFactory.getLogger(RulesReloader.class);

    private final RuleEngine engine;
    /** Remembers the compiled folders of the serving rules: a reload compiles only the folders that changed. */
    private final RuleCompiler compiler;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("rules-reload").factory());
    /** Runs beside the reload's own thread what need not wait for it: reading the scenario files, warming up. */
    private final ExecutorService beside = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("rules-reload-beside").factory());
    private final RulesProperties properties;
    private final ScenarioRunner scenarios;
    /** Told each reload's outcome ({@link RulesReloaded}). */
    private final ApplicationEventPublisher events;
    /** One reload at a time: the watcher and {@code Mutation.reloadRules} may ask together. */
    private final ReentrantLock reloading = new ReentrantLock();
    private volatile String lastAttempted;
    /** Reloads finished (or answered) so far; a request that waited for another one compares it. */
    private volatile long finishedAttempts;
    private volatile ReloadFailure lastError;
    private volatile ScenarioCheck scenarioCheck;
    /** Set when the service stops: a start-up check still running then has nothing left to report to. */
    private volatile boolean stopped;

    RulesReloader(RuleEngine engine, RuleCompiler compiler, RulesProperties properties, ScenarioRunner scenarios,
                  ApplicationEventPublisher events) {
        this.engine = engine;
        this.compiler = compiler;
        this.properties = properties;
        this.scenarios = scenarios;
        this.events = events;
        this.lastAttempted = RulesFolder.fingerprint(properties.dir());
    }

    public RuleSetStatus status() {
        return RuleSetStatus.of(engine.current(), scenarioCheck, lastError);
    }

    /** The folder's state the last reload looked at (the watcher compares with it). */
    String lastAttempted() {
        return lastAttempted;
    }

    /**
     * Compiles the rules folder, checks it against the scenarios and, when both succeed, makes it serve.
     *
     * @param trigger what asked for it, for the log and the error report ("file change", "reloadRules")
     */
    public RuleSetStatus reload(String trigger) {
        long finishedBefore = finishedAttempts;
        reloading.lock();
        try {
            // Read once: the fingerprint and the DRL that compiles come from the same bytes.
            RulesFolder.Snapshot folder = RulesFolder.read(properties.dir());
            if (finishedAttempts != finishedBefore && folder.fingerprint().equals(lastAttempted)) {
                // The watcher and the mutation asked together: a reload of this very folder finished while this one
                // waited for it. Its outcome (serving, or rejected and why) is the answer; doing it again adds nothing.
                return status();
            }
            // On the reloader's own platform thread: compiling and checking is CPU work that must get its fair share
            // next to the requests, whatever thread asked (a request's virtual thread, the watcher).
            return await(worker.submit(() -> {
                try {
                    return reloadNow(trigger, folder);
                } catch (RuntimeException e) {
                    // nothing may escape unreported: the change is rejected and says why
                    log.warn("Rules change ({}) could not be checked", trigger, e);
                    return reject(trigger, List.of(new RuleProblem(properties.dir().toString(), 0, 0,
                            "the change could not be checked: " + e)), List.of());
                }
            }));
        } finally {
            finishedAttempts++;
            reloading.unlock();
        }
    }

    private RuleSetStatus reloadNow(String trigger, RulesFolder.Snapshot folder) {
        long started = System.nanoTime();
        lastAttempted = folder.fingerprint();
        // Two steps run beside the next one instead of after it: the scenario files are read while the rules compile,
        // and the new rules warm up while the scenarios run (both only read). Under load, a step's wait is its share
        // of the cores, so the reload then waits for the longer of each pair instead of for their sum.
        Future<ScenarioFiles.Loaded> scenarioFiles = properties.scenarios()
                ? beside.submit(() -> ScenarioFiles.load(properties.scenarioDir())) : null;
        RuleSet next;
        try {
            next = compiler.recompile(folder.sources());
        } catch (RuleCompilationException e) {
            return reject(trigger, e.problems(), List.of());
        } catch (UncheckedIOException e) {
            return reject(trigger, List.of(new RuleProblem(properties.dir().toString(), 0, 0, e.getMessage())), List.of());
        }
        RuleCompiler.Report compiled = compiler.lastReport();
        long checking = System.nanoTime();
        // Build the network and compile constraints now, so the first requests on the new rules pay nothing; rules
        // that fail on this decision would fail on the requests (with the scenarios off, nothing else has run them).
        Future<?> warming = beside.submit(() -> RuleWarmUp.check(next, folder.sources()));
        List<ScenarioResult> results = List.of();
        List<Scenario> checked = List.of();
        if (scenarioFiles != null) {
            var loaded = await(scenarioFiles);
            if (!loaded.problems().isEmpty()) {
                return reject(trigger, loaded.problems(), List.of());
            }
            checked = loaded.scenarios();
            // rules that fail the warm-up fail most scenarios too, each after up to thousands of firings: stop early
            results = scenarios.run(checked, next, () -> warming.state() == Future.State.FAILED);
        }
        long checkMillis = (System.nanoTime() - checking) / 1_000_000;
        List<ScenarioResult> failed = results.stream().filter(ScenarioResult::failed).toList();
        try {
            await(warming);
        } catch (RuleCompilationException e) {
            return reject(trigger, e.problems(), failed); // the failing rule at its file and line, and what it broke
        }
        long rerunStarted = System.nanoTime();
        List<ScenarioResult> broken = brokenByTheChange(checked, results);
        checkMillis += (System.nanoTime() - rerunStarted) / 1_000_000; // failures run again on the serving rules
        if (!broken.isEmpty()) {
            log.warn("Rules change ({}) rejected: {} of {} scenarios fail with rules {}; rules {} keep serving\n{}",
                    trigger, broken.size(), results.size(), next.version(), engine.current().version(),
                    ScenarioReport.failures(broken));
            return reject(trigger, List.of(), broken);
        }
        if (!failed.isEmpty()) {
            log.warn("Rules {} ({}) fail {} of {} scenarios exactly as rules {} do, so the change serves; the "
                            + "scenarios no longer match the graph, or expect what no rule does yet:\n{}",
                    next.version(), trigger, failed.size(), results.size(), engine.current().version(),
                    ScenarioReport.failures(failed));
        }
        List<String> skipped = results.stream().filter(r -> r.status() == ScenarioResult.Status.SKIP)
                .flatMap(r -> r.differences().stream()).distinct().sorted().toList();
        if (!skipped.isEmpty()) {
            // not a failure (demo stories on a production graph), but a new scenario with a misspelt id looks the same
            log.warn("Rules {} ({}): scenarios skipped: {}", next.version(), trigger, String.join("; ", skipped));
        }
        RuleSet previous = engine.swap(next);
        lastError = null;
        scenarioCheck = properties.scenarios() ? ScenarioCheck.of(now(), results) : null;
        events.publishEvent(new RulesReloaded(true));
        log.info("Rules {} now serve ({}; were {}): {} rules in {} files, {} scenarios passed{}; {} ms in all: "
                        + "compiled {} in {} ms (parts side by side {}; reused {}), rule base built in {} ms, scenarios "
                        + "checked in {} ms, warmed up beside them, swapped {} ms after the build",
                next.version(), trigger, previous.version(), next.ruleNames().size(), next.files().size(),
                scenarioCheck == null ? "no" : scenarioCheck.passed(), notPassed(scenarioCheck),
                (System.nanoTime() - started) / 1_000_000,
                compiled.compiledFolders().isEmpty() ? "nothing" : compiled.compiledFolders(), compiled.compileMillis(),
                compiled.parts(), compiled.reusedFolders().isEmpty() ? "none" : compiled.reusedFolders(), compiled.buildMillis(),
                checkMillis, (System.nanoTime() - checking) / 1_000_000);
        return status();
    }

    /**
     * Of the scenarios the new rules fail, those the change is to blame for: the ones the serving rules pass, or fail
     * on other expectations. A scenario both fail alike is not the change's doing — the graph it reads moved on (a
     * recomputed co-purchase, a customer's new order), or it expects what no rule does yet — and blocking on it would
     * block every change, even an unchanged folder, until someone edits the scenario. Only failures are run again.
     *
     * @param results the new rules' results, in the order of {@code checked}
     */
    private List<ScenarioResult> brokenByTheChange(List<Scenario> checked, List<ScenarioResult> results) {
        List<Scenario> again = new ArrayList<>();
        List<ScenarioResult> failed = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).failed()) {
                again.add(checked.get(i));
                failed.add(results.get(i));
            }
        }
        List<ScenarioResult> before = again.isEmpty() ? List.of() : scenarios.run(again, engine.current());
        List<ScenarioResult> broken = new ArrayList<>();
        for (int i = 0; i < failed.size(); i++) {
            if (!(before.get(i).failed() && failedExpectations(before.get(i)).equals(failedExpectations(failed.get(i))))) {
                broken.add(failed.get(i));
            }
        }
        return broken;
    }

    /** ", 1 failed as before, 57 skipped" after the scenarios passed, for the log line of a swap. */
    private static String notPassed(ScenarioCheck check) {
        if (check == null) {
            return "";
        }
        return (check.failed() > 0 ? ", " + check.failed() + " failed as before" : "")
                + (check.skipped() > 0 ? ", " + check.skipped() + " skipped" : "");
    }

    /** Which expectations failed: each difference's first line; what came instead (ranks, scores) may move. */
    private static List<String> failedExpectations(ScenarioResult result) {
        return result.differences().stream().map(difference -> difference.lines().findFirst().orElse("")).toList();
    }

    /** The rules that start the service are checked too, once it is up; failures are reported, the rules serve. */
    @EventListener(ApplicationReadyEvent.class)
    void checkStartingRules() {
        if (!properties.scenarios()) {
            return;
        }
        Thread.ofPlatform().daemon().name("rules-scenario-check").start(() -> {
            RuleSet serving = engine.current();
            try {
                var loaded = ScenarioFiles.load(properties.scenarioDir());
                List<ScenarioResult> results = scenarios.run(loaded.scenarios(), serving);
                if (stopped) {
                    return;
                }
                reloading.lock();
                try {
                    if (engine.current() == serving && scenarioCheck == null) {
                        scenarioCheck = ScenarioCheck.of(now(), results);
                    }
                } finally {
                    reloading.unlock();
                }
                String report = ScenarioReport.of(loaded.problems(), results);
                if (loaded.problems().isEmpty() && results.stream().noneMatch(ScenarioResult::failed)) {
                    log.info("Rules {} pass the scenario files:\n{}", serving.version(), report);
                } else {
                    log.warn("Rules {} serve (they started the service) but do not pass every scenario file:\n{}",
                            serving.version(), report);
                }
            } catch (RuntimeException e) {
                log.warn("The scenario files could not be checked at start-up: {}", e.getMessage());
            }
        });
    }

    @PreDestroy
    void stop() {
        stopped = true;
        worker.shutdown();
        beside.shutdown();
    }

    private static <T> T await(Future<T> step) {
        try {
            return step.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reloading the rules", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private RuleSetStatus reject(String trigger, List<RuleProblem> problems, List<ScenarioResult> failed) {
        lastError = new ReloadFailure(now(), trigger, problems, failed.stream()
                .map(r -> new ReloadFailure.ScenarioFailure(r.file(), r.name(), r.differences(), r.actual())).toList());
        events.publishEvent(new RulesReloaded(false));
        if (!problems.isEmpty()) {
            log.warn("Rules change ({}) rejected; rules {} keep serving. Problems:\n{}", trigger,
                    engine.current().version(), String.join("\n", problems.stream().map(RuleProblem::toString).toList()));
        }
        return status();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
