package dev.crosswise.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules a service starts with must compile and decide; otherwise the start stops and says where. */
class RulesConfigurationTest {

    @Test
    void rulesThatThrowWhenTheyDecideStopTheStartAtTheRulesFileAndLine(@TempDir Path rules) throws IOException {
        Files.createDirectories(rules.resolve("timing"));
        Files.writeString(rules.resolve("timing/spotlight.drl"),
                "package timing;\n\nimport dev.crosswise.rules.facts.*;\n\n" + FailingRule.DRL);

        assertThatThrownBy(() -> new RulesConfiguration().ruleEngine(properties(rules), new RuleCompiler()))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessage("Rules fail while deciding:\ntiming/spotlight.drl:5:0: " + FailingRule.PROBLEM);
    }

    @Test
    void theStartEndsWithTheProblemsAndWhatToDoNotWithTheBeansAroundThem(@TempDir Path rules) throws IOException {
        Files.createDirectories(rules.resolve("timing"));
        Files.writeString(rules.resolve("timing/spotlight.drl"),
                "package timing;\n\nimport dev.crosswise.rules.facts.*;\n\n" + FailingRule.DRL);
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> new RulesConfiguration().ruleEngine(properties(rules), new RuleCompiler()));

        var analysis = new RulesStopTheStartFailureAnalyzer()
                .analyze(new IllegalStateException("Error creating bean with name 'ruleEngine'", failure));

        assertThat(analysis.getDescription()).isEqualTo("Rules fail while deciding:\ntiming/spotlight.drl:5:0: " + FailingRule.PROBLEM);
        assertThat(analysis.getAction()).contains("bin/check-rules", "CROSSWISE_RULES_DIR");
    }

    @Test
    void aRulesFileThatIsNotUtf8StopsTheStartAtItsFileAndLine(@TempDir Path rules) throws IOException {
        Files.createDirectories(rules.resolve("timing"));
        Files.write(rules.resolve("timing/welcome.drl"),
                "package timing;\n\n// Bienvenue \u00e0 la boutique\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> new RulesConfiguration().ruleEngine(properties(rules), new RuleCompiler()))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessage("Rules cannot be read:\ntiming/welcome.drl:3:13: not UTF-8 text (byte 0xE0): save the file as UTF-8");
    }

    @Test
    void theRepositoryRulesStartTheService() {
        RuleEngine engine = new RulesConfiguration().ruleEngine(properties(Path.of("rules")), new RuleCompiler());

        assertThat(engine.current().ruleNames()).isNotEmpty();
    }

    private static RulesProperties properties(Path dir) {
        return new RulesProperties(dir, false, Duration.ofSeconds(1), false, false, false);
    }
}
