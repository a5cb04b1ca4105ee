package dev.crosswise.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second start on a data directory in use (an export next to the running service) says what to do instead. */
class DataDirectoryInUseTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondStartOnTheSameDirectoryNamesItAndPointsToTheRunningServicesBoltPort() {
        try (EmbeddedNeo4j running = EmbeddedNeo4j.start(dataDir, 0, "16m")) {
            var failure = catchThrowableOfType(EmbeddedNeo4j.DataDirectoryInUseException.class,
                    () -> EmbeddedNeo4j.start(dataDir, 0, "16m"));

            assertThat(failure.dataDir()).isEqualTo(dataDir.toAbsolutePath());
            var analysis = new DataDirectoryInUseFailureAnalyzer().analyze(new IllegalStateException("bean", failure));
            assertThat(analysis.getDescription()).contains(dataDir.toAbsolutePath().toString(), "locked");
            assertThat(analysis.getAction()).contains("CROSSWISE_NEO4J_URI=bolt://localhost:", "CROSSWISE_NEO4J_DATA_DIR");
        }
    }
}
