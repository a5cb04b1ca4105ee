package dev.crosswise.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TemporaryDirectories;
import dev.crosswise.rules.FailingRule;
import dev.crosswise.rules.SourceLines;
import dev.crosswise.telemetry.PrometheusScrape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Hot reload, as an analyst lives it: the service runs on a copy of the repository's rules folder (never the
 * folder itself), a file in it changes, and the service serves the new rules — or keeps the old ones and says why.
 */
class RulesReloadTest extends CrosswiseHttpTest {

    static final Path RULES = copyOfRepositoryRules();
    static final Path THRESHOLDS = RULES.resolve("settings/thresholds.drl");
    static final Path POST_PURCHASE = RULES.resolve("timing/post-purchase.drl");
    static final Map<Path, String> ORIGINAL = Map.of(THRESHOLDS, read(THRESHOLDS), POST_PURCHASE, read(POST_PURCHASE));
    static final String RELOADS = "crosswise_rules_reloads_total";
    static final Map<String, Object> ADA_AFTER_THE_BLAZER = Map.of("customerId", "C-ADA", "at", "2026-11-20T09:00:00Z", "limit", 3);

    @DynamicPropertySource
    static void rulesCopy(DynamicPropertyRegistry registry) {
        registry.add("crosswise.rules.dir", RULES::toString);
        registry.add("crosswise.rules.watch-interval", () -> "200ms");
        // A service whose API may not run caller-supplied DRL (see candidateDrlCanBeTurnedOff).
        registry.add("crosswise.rules.simulate-drl", () -> "false");
        // Reloads here are timed by deadlines; the compiler warm-up's CPU at start would only make them later.
        registry.add("crosswise.rules.compiler-warm-up", () -> "false");
    }

    /** A scenario the graph no longer matches: the rules never offered Ada the silk tie first on that day. */
    static final Path OUT_OF_DATE = RULES.resolve("scenarios/out-of-date.yaml");

    @AfterEach
    void restoreTheRules() {
        ORIGINAL.forEach(RulesReloadTest::write);
        try {
            Files.deleteIfExists(OUT_OF_DATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var status = reloadRules();
        assertThat(status.field("reloadRules.lastError").<Object>getValue()).isNull();
    }

    @Test
    void aGoodChangeServesAtOnceWithANewVersion() {
        String before = version();
        double scoreBefore = adaFirstScore();

        write(THRESHOLDS, ORIGINAL.get(THRESHOLDS).replace("\"post-purchase weight\", 1.5", "\"post-purchase weight\", 3.0"));
        var reloaded = reloadRules();

        assertThat(reloaded.field("reloadRules.lastError").<Object>getValue()).isNull();
        String after = reloaded.field("reloadRules.version").getValue();
        assertThat(after).isNotEqualTo(before);
        assertThat(reloaded.field("reloadRules.scenarios.failed").<Integer>getValue()).isZero();
        var decision = whatNext(ADA_AFTER_THE_BLAZER);
        assertThat(decision.field("whatNext.rulesVersion").<String>getValue()).isEqualTo(after);
        assertThat(decision.field("whatNext.actions[0].score").<Double>getValue()).isEqualTo(scoreBefore * 2, within());
    }

    @Test
    void aSyntaxErrorKeepsTheOldRulesServingAndSaysWhereItIs() {
        String before = version();

        write(POST_PURCHASE, ORIGINAL.get(POST_PURCHASE).replace("strategy == Strategy.COMPLETION", "strategy == "));
        var reloaded = reloadRules();

        assertThat(reloaded.field("reloadRules.version").<String>getValue()).isEqualTo(before);
        List<Map<String, Object>> problems = reloaded.field("reloadRules.lastError.problems").getValue();
        assertThat(problems).isNotEmpty().first().satisfies(problem -> {
            assertThat(problem).containsEntry("file", "timing/post-purchase.drl");
            assertThat((Integer) problem.get("line")).isEqualTo(lineOf(POST_PURCHASE, "strategy == "));
            assertThat((String) problem.get("message")).isNotBlank();
        });
        assertThat(reloaded.field("reloadRules.lastError.trigger").<String>getValue()).isEqualTo("reloadRules");
        var decision = whatNext(ADA_AFTER_THE_BLAZER);
        assertThat(decision.getErrors()).isEmpty();
        assertThat(decision.field("whatNext.rulesVersion").<String>getValue()).isEqualTo(before);
        assertThat(decision.field("whatNext.actions[0].moment").<String>getValue()).isEqualTo("POST_PURCHASE");
        assertThat(ruleSet().field("ruleSet.lastError.problems").<List<?>>getValue()).isNotEmpty();
    }

    @Test
    void prometheusCountsReloadsByOutcome() {
        var before = PrometheusScrape.of(baseUrl(), PROMETHEUS_KEY);

        write(POST_PURCHASE, ORIGINAL.get(POST_PURCHASE).replace("strategy == Strategy.COMPLETION", "strategy == "));
        reloadRules();

        // the watcher may have tried the broken save too: at least one rejection, and nothing applied
        var after = PrometheusScrape.of(baseUrl(), PROMETHEUS_KEY);
        assertThat(after.sum(RELOADS, Map.of("outcome", "rejected")))
                .isGreaterThan(before.sum(RELOADS, Map.of("outcome", "rejected")));
        assertThat(after.sum(RELOADS, Map.of("outcome", "applied"))).isEqualTo(before.sum(RELOADS, Map.of("outcome", "applied")));

        write(POST_PURCHASE, ORIGINAL.get(POST_PURCHASE));
        reloadRules();

        assertThat(PrometheusScrape.of(baseUrl(), PROMETHEUS_KEY).sum(RELOADS, Map.of("outcome", "applied")))
                .isGreaterThan(after.sum(RELOADS, Map.of("outcome", "applied")));
    }

    @Test
    void aChangeThatFailsAScenarioKeepsTheOldRulesAndNamesTheScenario() {
        String before = version();

        write(THRESHOLDS, ORIGINAL.get(THRESHOLDS).replace("\"post-purchase window hours\", 48", "\"post-purchase window hours\", 72"));
        var reloaded = reloadRules();

        assertThat(reloaded.field("reloadRules.version").<String>getValue()).isEqualTo(before);
        assertThat(reloaded.field("reloadRules.lastError.problems").<List<?>>getValue()).isEmpty();
        List<Map<String, Object>> failed = reloaded.field("reloadRules.lastError.failedScenarios").getValue();
        assertThat(failed).anySatisfy(scenario -> {
            assertThat(scenario).containsEntry("file", "scenarios/post-purchase.yaml")
                    .containsEntry("name", "49 hours after the blazer, the post-purchase window has closed");
            assertThat(scenario.get("differences").toString()).contains("expected NOT recommended: moment POST_PURCHASE");
        });
        // The old 48 h window still decides: 49 h after the blazer, no post-purchase moment.
        var decision = whatNext(Map.of("customerId", "C-ADA", "at", "2026-11-21T11:00:00Z"));
        assertThat(decision.field("whatNext.rulesVersion").<String>getValue()).isEqualTo(before);
        List<Map<String, Object>> actions = decision.field("whatNext.actions").getValue();
        assertThat(actions).noneSatisfy(a -> assertThat(a.get("moment")).isEqualTo("POST_PURCHASE"));
    }

    @Test
    void aScenarioTheServingRulesFailAlikeDoesNotHoldBackAChangeButIsReported() {
        write(OUT_OF_DATE, """
                scenarios:
                  - name: Ada is offered the silk tie first
                    customer: C-ADA
                    at: 2026-11-20T09:00:00Z
                    expect:
                      recommended:
                        - sku: W-TIE-SILK
                          rank: 1
                """);
        write(THRESHOLDS, ORIGINAL.get(THRESHOLDS).replace("\"post-purchase weight\", 1.5", "\"post-purchase weight\", 1.6"));
        var reloaded = reloadRules();

        assertThat(reloaded.field("reloadRules.lastError").<Object>getValue()).isNull();
        assertThat(reloaded.field("reloadRules.scenarios.failed").<Integer>getValue()).isOne();
        assertThat(reloaded.field("reloadRules.scenarios.failures[0].name").<String>getValue())
                .isEqualTo("Ada is offered the silk tie first");
        assertThat(whatNext(ADA_AFTER_THE_BLAZER).field("whatNext.rulesVersion").<String>getValue())
                .isEqualTo(reloaded.field("reloadRules.version").<String>getValue());

        // a change that breaks a scenario the serving rules pass is still held back, next to the old failure
        String serving = version();
        write(THRESHOLDS, ORIGINAL.get(THRESHOLDS).replace("\"post-purchase window hours\", 48", "\"post-purchase window hours\", 72"));
        var rejected = reloadRules();

        assertThat(rejected.field("reloadRules.version").<String>getValue()).isEqualTo(serving);
        List<Map<String, Object>> failed = rejected.field("reloadRules.lastError.failedScenarios").getValue();
        assertThat(failed).extracting(scenario -> scenario.get("name"))
                .contains("49 hours after the blazer, the post-purchase window has closed")
                .doesNotContain("Ada is offered the silk tie first");
    }

    @Test
    void aRuleThatFailsWhileDecidingKeepsTheOldRulesAndNamesTheRule() {
        String before = version();

        // every scenario with a completion candidate cannot run
        write(POST_PURCHASE, ORIGINAL.get(POST_PURCHASE) + "\n" + FailingRule.DRL);
        var reloaded = reloadRules();

        assertThat(reloaded.field("reloadRules.version").<String>getValue()).isEqualTo(before);
        List<Map<String, Object>> problems = reloaded.field("reloadRules.lastError.problems").getValue();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem).containsEntry("file", "timing/post-purchase.drl")
                    .containsEntry("line", lineOf(POST_PURCHASE, "rule \"" + FailingRule.NAME + "\""))
                    .containsEntry("message", FailingRule.PROBLEM);
        });
        // how many scenarios ran before the warm-up failed is a race (the rest are not run: ScenarioRunnerTest);
        // each that ran says which rule failed
        List<Map<String, Object>> failed = reloaded.field("reloadRules.lastError.failedScenarios").getValue();
        assertThat(failed).allSatisfy(scenario -> assertThat(scenario.get("differences").toString())
                .contains("could not run").contains(FailingRule.NAME).contains("spotlight not configured"));
        var decision = whatNext(ADA_AFTER_THE_BLAZER);
        assertThat(decision.getErrors()).isEmpty();
        assertThat(decision.field("whatNext.rulesVersion").<String>getValue()).isEqualTo(before);
        assertThat(decision.field("whatNext.actions[0].strategy").<String>getValue()).isEqualTo("COMPLETION");
    }

    @Test
    void noRequestFailsWhileTheRulesAreReloadedUnderLoad() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
        List<Future<?>> clients = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                clients.add(pool.submit(() -> {
                    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
                    while (running.get() && Instant.now().isBefore(deadline)) {
                        try {
                            var response = whatNext(ADA_AFTER_THE_BLAZER);
                            if (!response.isValid() || !response.getErrors().isEmpty()) {
                                failures.add(response.getErrors().toString());
                            } else {
                                versionsSeen.add(response.field("whatNext.rulesVersion").getValue());
                                answered.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            failures.add(e.toString());
                        }
                    }
                }));
            }
            for (int reload = 0; reload < 6; reload++) {
                double weight = reload % 2 == 0 ? 2.0 : 1.5;
                write(THRESHOLDS, ORIGINAL.get(THRESHOLDS).replace("\"post-purchase weight\", 1.5",
                        "\"post-purchase weight\", " + weight));
                assertThat(reloadRules().field("reloadRules.lastError").<Object>getValue()).isNull();
            }
            running.set(false);
            for (Future<?> client : clients) {
                client.get();
            }
        }

        assertThat(failures).isEmpty();
        assertThat(answered.get()).isPositive();
        assertThat(versionsSeen).hasSizeGreaterThan(1);
    }

    @Test
    void twoReloadsAskedTogetherTakeUpTheChangeOnceAndGiveTheSameAnswer() throws Exception {
        write(THRESHOLDS, ORIGINAL.get(THRESHOLDS).replace("\"post-purchase weight\", 1.5", "\"post-purchase weight\", 2.0"));

        var start = new java.util.concurrent.CountDownLatch(1);
        List<String> versions;
        try (ExecutorService callers = Executors.newFixedThreadPool(2)) {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(callers.submit(() -> {
                    start.await();
                    var reloaded = reloadRules();
                    assertThat(reloaded.field("reloadRules.lastError").<Object>getValue()).isNull();
                    return reloaded.field("reloadRules.version").<String>getValue();
                }));
            }
            start.countDown();
            versions = List.of(answers.get(0).get(), answers.get(1).get());
        }

        // the second waited for the first, which compiled and checked this very folder: one new version, not two
        assertThat(versions.get(0)).isEqualTo(versions.get(1)).isEqualTo(version());
    }

    @Test
    void theWatcherTakesUpASavedFileByItself() throws InterruptedException {
        String before = version();

        write(THRESHOLDS, ORIGINAL.get(THRESHOLDS).replace("\"post-purchase weight\", 1.5", "\"post-purchase weight\", 2.5"));

        String after = before;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (after.equals(before) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            after = version();
        }
        assertThat(after).isNotEqualTo(before);
        assertThat(whatNext(ADA_AFTER_THE_BLAZER).field("whatNext.rulesVersion").<String>getValue()).isEqualTo(after);
    }

    @Test
    void theRuleSetListsEveryRuleWithItsFile() {
        var status = ruleSet();

        List<Map<String, Object>> rules = status.field("ruleSet.rules").getValue();
        assertThat(rules).anySatisfy(rule -> assertThat(rule)
                .containsEntry("name", "Post-purchase: complete what was just bought")
                .containsEntry("file", "timing/post-purchase.drl")
                .containsEntry("packageName", "timing"));
        assertThat(status.field("ruleSet.files").<List<String>>getValue()).contains("settings/thresholds.drl");
    }

    @Test
    void candidateDrlCanBeTurnedOff() {
        var simulated = graphQl.documentName("simulate").variables(Map.of("customerId", "C-ADA",
                "rules", Map.of("files", List.of(Map.of("path", "x/x.drl", "content", "package x;"))))).executeSync();

        assertThat(simulated.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getExtensions()).containsEntry("field", "rules");
            assertThat(error.getMessage()).contains("CROSSWISE_RULES_SIMULATE_DRL=false");
        });
    }

    private String version() {
        return ruleSet().field("ruleSet.version").getValue();
    }

    private double adaFirstScore() {
        return whatNext(ADA_AFTER_THE_BLAZER).field("whatNext.actions[0].score").<Double>getValue();
    }

    private ClientGraphQlResponse ruleSet() {
        return graphQl.documentName("ruleSet").executeSync();
    }

    private ClientGraphQlResponse reloadRules() {
        return graphQl.documentName("reloadRules").executeSync();
    }

    private ClientGraphQlResponse whatNext(Map<String, Object> variables) {
        return graphQl.documentName("whatNext").variables(variables).executeSync();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.002);
    }

    private static int lineOf(Path file, String text) {
        return SourceLines.lineOf(read(file), text);
    }

    static Path copyOfRepositoryRules() {
        return TemporaryDirectories.copyOfRepositoryRules();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
