package dev.crosswise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonTest {

    /** A result as the bench's packages keep them: a record that is not public, inside maps and lists. */
    record Figures(String name, double p50Ms, long calls) {
    }

    @Test
    void aResultsFileReadsBackAsWhatWasWritten() {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("timestamp", "20261206-071500Z");
        results.put("runs", List.of(new Figures("whatNext \"1 client\"", 1.62, 18_000), Map.of("skipped", true)));

        JsonNode read = JsonMapper.builder().build().readTree(Json.write(results));

        assertThat(read.get("timestamp").asString()).isEqualTo("20261206-071500Z");
        assertThat(read.get("runs").get(0).get("name").asString()).isEqualTo("whatNext \"1 client\"");
        assertThat(read.get("runs").get(0).get("p50Ms").asDouble()).isEqualTo(1.62);
        assertThat(read.get("runs").get(0).get("calls").asLong()).isEqualTo(18_000);
        assertThat(read.get("runs").get(1).get("skipped").asBoolean()).isTrue();
    }
}
