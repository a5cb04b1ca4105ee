package dev.crosswise.experiment;

import dev.crosswise.authoring.FolderFiles;
import dev.crosswise.authoring.PeriodicLook;
import dev.crosswise.authoring.RulesReloaded;
import dev.crosswise.rules.RuleCompilationException;
import dev.crosswise.rules.RuleCompiler;
import dev.crosswise.rules.RuleEngine;
import dev.crosswise.rules.RuleProblem;
import dev.crosswise.rules.RuleSet;
import dev.crosswise.rules.RulesProperties;
import dev.crosswise.rules.Utf8Text;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.crosswise.scenario.ScenarioRunner;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The experiments as they serve: the files {@code rules/experiments/*.yaml}, read at start and again when one of them
 * (or a challenger's DRL file beside them) changes — looked at as often as the rules are (CROSSWISE_RULES_WATCH,
 * CROSSWISE_RULES_WATCH_INTERVAL) — and when the serving rules change (a challenger is the serving rules with its own
 * files over them). The whole set is checked before it serves: each file, leakage between them, every arm's rules
 * compiled and tried, a challenger's scenarios run ({@link ChallengerScenarios}). A set with any problem is not taken: the previous experiments keep serving, and the problems,
 * located at file and line, are logged and shown in {@code ruleSet.experimentProblems}. At start there is nothing
 * previous to keep, so problems stop the start (as rules that do not compile do).
 */
@Component
public class ExperimentsFolder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExperimentsFolder.class);

    /**
     * What serves: the experiments, the rule set of each arm that varies the rules (by {@code experiment/arm}), and the
     * populations written as conditions ({@link PopulationConditions}; null when none is).
     */
    record Serving(List<ExperimentDefinition> experiments, Map<String, RuleSet> armRules, RuleSet populations) {

        static final Serving NONE = new Serving(List.of(), Map.of(), null);

        ExperimentDefinition named(String name) {
            return experiments.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
        }
    }

    private final Path rulesDir;
    private final Path dir;
    private final RuleEngine engine;
    private final boolean watch;
    /** Runs a challenger's scenarios; null when they are not checked (CROSSWISE_RULES_SCENARIOS=false, some tests). */
    private final Supplier<ScenarioRunner> scenarios;
    /**
     * Whether the scenarios can run: once the service is up (they decide through the services that decide with these
     * experiments), at once for a folder read with a runner of its own.
     */
    private volatile boolean ready;
    private volatile Serving serving = Serving.NONE;
    private volatile List<RuleProblem> problems = List.of();
    private String fingerprint;
    /** Arms' rule sets by the hash of what they were compiled from: an unchanged arm is not compiled again. */
    private Map<String, RuleSet> compiled = Map.of();
    /** The conditions last compiled, and what they were compiled from: a reload that changes none compiles none. */
    private RuleSet compiledPopulations;
    private String populationsKey = "";
    private final PeriodicLook looks;

    @Autowired
    ExperimentsFolder(RulesProperties rules, ExperimentsProperties properties, RuleEngine engine,
                      ObjectProvider<ScenarioRunner> scenarioRunner) {
        this(rules.dir(), properties.dir() == null ? rules.dir().resolve(RuleCompiler.EXPERIMENTS_FOLDER) : properties.dir(),
                engine, rules.watch(), rules.watchInterval().toMillis(),
                rules.scenarios() ? scenarioRunner::getIfAvailable : null);
        reloadIfChanged();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The experiments in " + dir.toAbsolutePath() + " cannot serve; fix these "
                    + "and start again:\n" + String.join("\n", problems.stream().map(RuleProblem::toString).toList()));
        }
    }

    private ExperimentsFolder(Path rulesDir, Path dir, RuleEngine engine, boolean watch, long intervalMillis,
                              Supplier<ScenarioRunner> scenarios) {
        this.scenarios = scenarios;
        this.rulesDir = rulesDir;
        this.dir = dir;
        this.engine = engine;
        this.watch = watch;
        this.looks = new PeriodicLook("experiments-watcher", "the experiments",
                Duration.ofMillis(intervalMillis), this::reloadIfChanged);
    }

    /** A folder read once and never watched, e.g. for a test; problems do not throw (see {@link #problems()}). */
    static ExperimentsFolder readOnce(Path rulesDir, Path dir, RuleEngine engine) {
        ExperimentsFolder folder = new ExperimentsFolder(rulesDir, dir, engine, false, 0, null);
        folder.reloadIfChanged();
        return folder;
    }

    /** The same, with challengers checked against the scenario files by {@code runner}. */
    static ExperimentsFolder readOnce(Path rulesDir, Path dir, RuleEngine engine, ScenarioRunner runner) {
        ExperimentsFolder folder = new ExperimentsFolder(rulesDir, dir, engine, false, 0, () -> runner);
        folder.ready = true;
        folder.reloadIfChanged();
        return folder;
    }

    Serving serving() {
        return serving;
    }

    /** Why the files as they are now do not serve; empty when they do. */
    public List<RuleProblem> problems() {
        return problems;
    }

    /** Reads the folder again if a file changed, or the serving rules did, since the last look. */
    public synchronized void reloadIfChanged() {
        Map<String, byte[]> files = FolderFiles.read(dir, true,
                name -> name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".drl"));
        RuleSet rules = engine.current();
        String now = FolderFiles.fingerprint(files, rules.version());
        if (now.equals(fingerprint)) {
            return;
        }
        fingerprint = now;
        List<RuleProblem> found = new ArrayList<>();
        List<ExperimentDefinition> experiments = new ArrayList<>();
        files.forEach((name, bytes) -> {
            if (name.contains("/") || !(name.endsWith(".yaml") || name.endsWith(".yml"))) {
                return; // a challenger's DRL: read with its arm
            }
            String file = RuleCompiler.EXPERIMENTS_FOLDER + "/" + name;
            try {
                var parsed = ExperimentFiles.parse(file, Utf8Text.decode(file, bytes));
                found.addAll(parsed.problems());
                if (parsed.experiment() != null) {
                    experiments.add(parsed.experiment());
                }
            } catch (Utf8Text.NotUtf8Exception e) {
                found.add(e.problem());
            }
        });
        found.addAll(Leakage.check(experiments));
        RuleSet populations = null;
        if (found.isEmpty()) {
            String key = experiments.stream().filter(e -> e.population().condition() != null)
                    .map(e -> e.name() + "\n" + e.population().condition()).sorted().toList().toString();
            try {
                populations = key.equals(populationsKey) ? compiledPopulations : PopulationConditions.compile(experiments);
                populationsKey = key;
                compiledPopulations = populations;
            } catch (RuleCompilationException e) {
                found.addAll(e.problems());
            }
        }
        Map<String, RuleSet> armRules = new HashMap<>();
        Map<String, RuleSet> nowCompiled = new HashMap<>();
        if (found.isEmpty() && experiments.stream().anyMatch(e -> e.arms().stream().anyMatch(Arm::needsRules))) {
            Map<String, String> servingDrl;
            try {
                servingDrl = RuleCompiler.readDirectory(rulesDir);
            } catch (RuleCompilationException | UncheckedIOException e) {
                servingDrl = null;
                found.add(new RuleProblem(rulesDir.toString(), 0, 0, "the serving rules cannot be read for the "
                        + "challengers: " + e.getMessage()));
            }
            for (ExperimentDefinition experiment : servingDrl == null ? List.<ExperimentDefinition>of() : experiments) {
                for (Arm arm : experiment.arms()) {
                    if (!arm.needsRules()) {
                        continue;
                    }
                    try {
                        ArmRules.Sources sources = ArmRules.sources(arm, experiment, servingDrl, dir);
                        String key = hash(sources.drl());
                        RuleSet ruleSet = compiled.get(key);
                        if (ruleSet == null) {
                            ruleSet = ArmRules.compile(arm, sources);
                        }
                        nowCompiled.put(key, ruleSet);
                        armRules.put(experiment.name() + "/" + arm.name(), ruleSet);
                        found.addAll(scenarioProblems(experiment, arm, ruleSet, rules));
                    } catch (RuleCompilationException e) {
                        found.addAll(e.problems());
                    } catch (UncheckedIOException e) {
                        found.add(new RuleProblem(experiment.file(), arm.line(), 1, e.getMessage()));
                    }
                }
            }
        }
        problems = List.copyOf(found);
        if (!found.isEmpty()) {
            found.forEach(problem -> log.warn("Experiments not taken, the previous ones keep serving: {}", problem));
            return;
        }
        experiments.sort(Comparator.comparing(ExperimentDefinition::name));
        compiled = nowCompiled;
        serving = new Serving(List.copyOf(experiments), Map.copyOf(armRules), populations);
        log.info("Experiments from {}: {}", dir.toAbsolutePath(), experiments.isEmpty() ? "none"
                : String.join(", ", experiments.stream().map(ExperimentDefinition::name).toList()));
    }

    private static String hash(Map<String, String> drl) {
        MessageDigest digest = sha256();
        drl.forEach((name, text) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A challenger's scenarios that it breaks; none when they cannot run (yet) or are not checked. */
    private List<RuleProblem> scenarioProblems(ExperimentDefinition experiment, Arm arm, RuleSet challenger, RuleSet serving) {
        ScenarioRunner runner = arm.rules() == null || !ready || scenarios == null ? null : scenarios.get();
        return runner == null ? List.of()
                : ChallengerScenarios.check(arm, experiment, challenger, serving, rulesDir, dir, runner);
    }

    /**
     * Once the service is up, the challengers that started it are checked against the scenarios too (on a thread of
     * their own); what they break is reported, and they serve: at start there are no earlier experiments to keep.
     */
    @EventListener(ApplicationReadyEvent.class)
    void checkStartingChallengers() {
        ready = true;
        Serving started = serving;
        if (scenarios == null || started.armRules().isEmpty()) {
            return;
        }
        Thread.ofPlatform().daemon().name("experiments-scenario-check").start(() -> {
            try {
                List<RuleProblem> found = new ArrayList<>();
                RuleSet rules = engine.current();
                for (ExperimentDefinition experiment : started.experiments()) {
                    for (Arm arm : experiment.arms()) {
                        RuleSet challenger = started.armRules().get(experiment.name() + "/" + arm.name());
                        if (challenger != null) {
                            found.addAll(scenarioProblems(experiment, arm, challenger, rules));
                        }
                    }
                }
                synchronized (this) {
                    if (serving == started && !found.isEmpty()) {
                        problems = List.copyOf(found);
                        found.forEach(p -> log.warn("A challenger serving since the start breaks a scenario: {}", p));
                    }
                }
            } catch (RuntimeException e) {
                log.warn("The challengers' scenarios could not be checked at start-up: {}", e.getMessage());
            }
        });
    }

    /** New serving rules: the challengers are compiled again over them. */
    @EventListener
    void onRulesReloaded(RulesReloaded reloaded) {
        reloadIfChanged();
    }

    @Override
    public void start() {
        if (watch) {
            looks.start();
        }
    }

    @Override
    public void stop() {
        looks.stop();
    }

    @Override
    public boolean isRunning() {
        return looks.isRunning();
    }
}
