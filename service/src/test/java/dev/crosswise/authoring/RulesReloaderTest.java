package dev.crosswise.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.FailingRule;
import dev.crosswise.rules.RuleCompiler;
import dev.crosswise.rules.RuleEngine;
import dev.crosswise.rules.RuleProblem;
import dev.crosswise.rules.RuleSet;
import dev.crosswise.rules.RulesProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A reload without scenario files to check (CROSSWISE_RULES_SCENARIOS=false) still runs the new rules once before
 * they serve: rules that compile but fail as soon as they decide never reach the requests.
 */
class RulesReloaderTest {

    final Path rules = RulesReloadTest.copyOfRepositoryRules();
    final RuleCompiler compiler = new RuleCompiler();
    final RuleSet serving = compiler.recompile(RuleCompiler.readDirectory(rules));
    final RuleEngine engine = new RuleEngine(serving);
    /** What the reloader announced, as the telemetry package hears it. */
    final List<Object> announced = new CopyOnWriteArrayList<>();
    final RulesReloader reloader = new RulesReloader(engine, compiler,
            new RulesProperties(rules, false, Duration.ofSeconds(1), false, false, false), null, announced::add);

    static final String POST_PURCHASE = "timing/post-purchase.drl";
    /** The line of the file where the rules {@link #reloadWithPostPurchasePlus} added begin. */
    int firstAddedLine;

    @AfterEach
    void stop() {
        reloader.stop();
    }

    /** Reloads with {@code rules} added at the end of {@value #POST_PURCHASE}, after a blank line. */
    private RuleSetStatus reloadWithPostPurchasePlus(String rules) throws IOException {
        Path file = this.rules.resolve(POST_PURCHASE);
        String drl = Files.readString(file);
        firstAddedLine = (int) drl.lines().count() + 2;
        Files.writeString(file, drl + "\n" + rules);
        return reloader.reload("test");
    }

    @Test
    void aRuleThatThrowsWhenItDecidesIsRejectedAtItsFileAndLine() throws IOException {
        RuleSetStatus status = reloadWithPostPurchasePlus(FailingRule.DRL);

        assertThat(engine.current()).isSameAs(serving);
        assertThat(status.version()).isEqualTo(serving.version());
        assertThat(status.lastError().problems()).singleElement()
                .isEqualTo(new RuleProblem(POST_PURCHASE, firstAddedLine, 0, FailingRule.PROBLEM));
        assertThat(announced).containsExactly(new RulesReloaded(false));
    }

    @Test
    void eachReloadAnnouncesWhetherItsRulesServe() throws IOException {
        reloader.reload("test");
        reloadWithPostPurchasePlus(FailingRule.DRL);

        assertThat(announced).containsExactly(new RulesReloaded(true), new RulesReloaded(false));
    }

    @Test
    void aRuleThatFailsWithAnErrorIsRejectedAtItsFileAndLineToo() throws IOException {
        RuleSetStatus status = reloadWithPostPurchasePlus(FailingRule.ASSERTING_DRL);

        assertThat(engine.current()).isSameAs(serving);
        assertThat(status.lastError().problems()).singleElement()
                .isEqualTo(new RuleProblem(POST_PURCHASE, firstAddedLine, 0, FailingRule.ASSERTING_PROBLEM));
    }

    @Test
    void aRuleThatKeepsReTriggeringItselfIsRejectedAtItsFileAndLine() throws IOException {
        RuleSetStatus status = reloadWithPostPurchasePlus(FailingRule.RUNAWAY_DRL);

        assertThat(engine.current()).isSameAs(serving);
        assertThat(status.lastError().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(POST_PURCHASE);
            assertThat(problem.line()).isEqualTo(firstAddedLine + 7); // the second of the two rules added
            assertThat(problem.message()).startsWith("rule \"" + FailingRule.RUNAWAY_NAME + "\" keeps re-triggering itself");
        });
    }

    @Test
    void rulesThatDecideWithoutFailingServe() throws IOException {
        Path file = rules.resolve("settings/thresholds.drl");
        Files.writeString(file, Files.readString(file).replace("\"post-purchase weight\", 1.5", "\"post-purchase weight\", 2.0"));

        RuleSetStatus status = reloader.reload("test");

        assertThat(status.lastError()).isNull();
        assertThat(engine.current()).isNotSameAs(serving);
        assertThat(status.version()).isEqualTo(engine.current().version());
    }

    @Test
    void aFileSavedInAnotherEncodingThanUtf8IsRejectedAtItsLineAndTheOldRulesKeepServing() throws IOException {
        Path file = rules.resolve(POST_PURCHASE);
        byte[] utf8 = Files.readAllBytes(file);
        int line = (int) Files.readString(file).lines().count() + 1;
        Files.write(file, concat(utf8, "// Offert apr\u00e8s l'achat\n".getBytes(StandardCharsets.ISO_8859_1)));

        RuleSetStatus status = reloader.reload("test");

        assertThat(engine.current()).isSameAs(serving);
        assertThat(status.lastError().problems()).singleElement().isEqualTo(new RuleProblem(POST_PURCHASE, line,
                "// Offert apr".length(), "not UTF-8 text (byte 0xE8): save the file as UTF-8"));

        Files.write(file, concat(utf8, "// Offert apr\u00e8s l'achat\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(reloader.reload("test").lastError()).isNull();
        assertThat(engine.current()).isNotSameAs(serving);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
