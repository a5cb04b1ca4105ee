package dev.crosswise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.bench.generator.GeneratorSettings;
import dev.crosswise.bench.generator.GraphGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** bench/wrk.sh's load is the bench's: the same query text, time and customer ids (the tests run in the checkout). */
class WrkScriptTest {

    @Test
    void theLuaScriptAsksWhatTheBenchsLoadedStepAsks() throws Exception {
        String lua = Files.readString(Path.of("bench/wrk/what-next.lua"));

        assertThat(lua).contains("local query = \"" + Benchmark.WHAT_NEXT + "\"");
        assertThat(lua).contains("local at = \"" + GeneratorSettings.REFERENCE + "\"");
        assertThat(lua).contains("string.format(\"C-%06d\", math.random(0, customers - 1))");
        assertThat(GraphGenerator.customerId(42)).isEqualTo("C-%06d".formatted(42));
    }
}
