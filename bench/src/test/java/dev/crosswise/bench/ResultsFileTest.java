package dev.crosswise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsFileTest {

    /** A result as the bench's packages keep them: a record that is not public, inside maps and lists. */
    record Figures(String name, int clients, double p50Ms, long calls, double serviceCpuMsPerCall) {
    }

    @Test
    void aResultsFileHasTheLayoutOfTheCommittedOnes() {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("timestamp", "20261206-071500Z");
        results.put("figures", Map.of("whatNext (HTTP, 1 client)",
                new Figures("whatNext \"1 client\"", 1, 1.62, 18_000, Double.NaN)));
        results.put("jitShareOfACorePerWindow", List.of(0.31, 0.04));
        results.put("metrics", Map.of());
        results.put("report", List.of());
        results.put("dataDir", Path.of("bench", "data", "graph"));
        results.put("met", true);

        // the layout of bench/results/20261206-064632-metrics.json and earlier, written before Jackson
        assertThat(ResultsFile.text(results)).isEqualTo("""
                {
                  "timestamp": "20261206-071500Z",
                  "figures": {
                    "whatNext (HTTP, 1 client)": {
                      "name": "whatNext \\"1 client\\"",
                      "clients": 1,
                      "p50Ms": 1.62,
                      "calls": 18000,
                      "serviceCpuMsPerCall": null
                    }
                  },
                  "jitShareOfACorePerWindow": [
                    0.31,
                    0.04
                  ],
                  "metrics": {},
                  "report": [],
                  "dataDir": "bench/data/graph",
                  "met": true
                }""");
    }
}
