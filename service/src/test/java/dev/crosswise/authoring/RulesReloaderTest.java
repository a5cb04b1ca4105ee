package dev.crosswise.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.FailingRule;
import dev.crosswise.rules.RuleCompiler;
import dev.crosswise.rules.RuleEngine;
import dev.crosswise.rules.RuleProblem;
import dev.crosswise.rules.RuleSet;
import dev.crosswise.rules.RulesProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    final RulesReloader reloader = new RulesReloader(engine, compiler,
            new RulesProperties(rules, false, Duration.ofSeconds(1), false, false, false), null);

    @AfterEach
    void stop() {
        reloader.stop();
    }

    @Test
    void aRuleThatThrowsWhenItDecidesIsRejectedAtItsFileAndLine() throws IOException {
        Path file = rules.resolve("timing/post-purchase.drl");
        String drl = Files.readString(file);
        Files.writeString(file, drl + "\n" + FailingRule.DRL);

        RuleSetStatus status = reloader.reload("test");

        assertThat(engine.current()).isSameAs(serving);
        assertThat(status.version()).isEqualTo(serving.version());
        assertThat(status.lastError().problems()).singleElement().isEqualTo(new RuleProblem("timing/post-purchase.drl",
                (int) drl.lines().count() + 2, 0, FailingRule.PROBLEM));
    }

    @Test
    void aRuleThatFailsWithAnErrorIsRejectedAtItsFileAndLineToo() throws IOException {
        Path file = rules.resolve("timing/post-purchase.drl");
        String drl = Files.readString(file);
        Files.writeString(file, drl + "\n" + FailingRule.ASSERTING_DRL);

        RuleSetStatus status = reloader.reload("test");

        assertThat(engine.current()).isSameAs(serving);
        assertThat(status.lastError().problems()).singleElement().isEqualTo(new RuleProblem("timing/post-purchase.drl",
                (int) drl.lines().count() + 2, 0, FailingRule.ASSERTING_PROBLEM));
    }

    @Test
    void aRuleThatKeepsReTriggeringItselfIsRejectedAtItsFileAndLine() throws IOException {
        Path file = rules.resolve("timing/post-purchase.drl");
        String drl = Files.readString(file);
        Files.writeString(file, drl + "\n" + FailingRule.RUNAWAY_DRL);

        RuleSetStatus status = reloader.reload("test");

        assertThat(engine.current()).isSameAs(serving);
        assertThat(status.lastError().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("timing/post-purchase.drl");
            assertThat(problem.line()).isEqualTo((int) drl.lines().count() + 9);
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
}
