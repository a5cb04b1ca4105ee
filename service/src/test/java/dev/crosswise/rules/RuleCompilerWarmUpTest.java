package dev.crosswise.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCompilerWarmUpTest {

    @Test
    void compilesTheRulesFolderSeveralTimesWithoutServingAnything() {
        var warmUp = new RuleCompilerWarmUp(properties(Path.of("rules")));

        assertThat(warmUp.run()).isEqualTo(RuleCompilerWarmUp.ROUNDS);
    }

    @Test
    void aFolderBrokenMeanwhileEndsTheWarmUpQuietly(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("broken.drl"), "package broken;\nrule \"half\" when then");

        assertThat(new RuleCompilerWarmUp(properties(rules)).run()).isZero();
    }

    private static RulesProperties properties(Path dir) {
        return new RulesProperties(dir, false, Duration.ofSeconds(1), true, true);
    }
}
