package dev.crosswise.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswise.rules.RuleCompilationException;
import dev.crosswise.rules.RuleCompiler;
import dev.crosswise.rules.RuleProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reload reads the rules folder once: the state it records and the DRL it compiles are the same read. */
class RulesFolderTest {

    @Test
    void theSnapshotHoldsTheDrlTheCompilerReadsAndTheWatchersFingerprint() {
        Path rules = Path.of("rules");

        RulesFolder.Snapshot snapshot = RulesFolder.read(rules);

        assertThat(snapshot.sources()).isEqualTo(RuleCompiler.readDirectory(rules));
        assertThat(snapshot.fingerprint()).isEqualTo(RulesFolder.fingerprint(rules));
    }

    @Test
    void aScenarioFileChangesTheFingerprintButNotTheDrl(@TempDir Path rules) throws IOException {
        Files.createDirectories(rules.resolve("scenarios"));
        Files.writeString(rules.resolve("one.drl"), "package one;\n");
        RulesFolder.Snapshot before = RulesFolder.read(rules);

        Files.writeString(rules.resolve("scenarios/story.yaml"), "name: a story\n");
        RulesFolder.Snapshot after = RulesFolder.read(rules);

        assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
        assertThat(after.sources()).isEqualTo(before.sources()).containsOnlyKeys("one.drl");
    }

    @Test
    void aDrlFileThatIsNotUtf8CannotBeCompiledAndSaysWhereItStopsBeingUtf8(@TempDir Path rules) throws IOException {
        Files.write(rules.resolve("latin1.drl"), new byte[] {'/', '/', ' ', (byte) 0xE9, '\n'});

        RulesFolder.Snapshot snapshot = RulesFolder.read(rules);

        assertThatThrownBy(snapshot::sources).isInstanceOfSatisfying(RuleCompilationException.class,
                e -> assertThat(e.problems()).containsExactly(new RuleProblem("latin1.drl", 1, 3,
                        "not UTF-8 text (byte 0xE9): save the file as UTF-8")));
    }

    @Test
    void aMissingFolderSaysWhichSettingNamesIt(@TempDir Path parent) {
        RulesFolder.Snapshot snapshot = RulesFolder.read(parent.resolve("nowhere"));

        assertThatThrownBy(snapshot::sources).isInstanceOfSatisfying(RuleCompilationException.class,
                e -> assertThat(e.problems().getFirst().message()).contains("CROSSWISE_RULES_DIR"));
    }
}
