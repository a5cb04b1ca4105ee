package dev.crosswise.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Neo4j Browser queries of {@code graph-model/browser/README.md} run on the demo graph, with their {@code :param}
 * lines as parameters, so the guide cannot drift from the model.
 */
class BrowserQueriesTest {

    private static final Pattern BLOCK = Pattern.compile("```cypher\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern PARAM = Pattern.compile("^:param\\s+(\\w+)\\s*=>\\s*(.+)$");

    @TestFactory
    Stream<DynamicTest> everyBrowserQueryRunsOnTheDemoGraph() throws IOException {
        String guide = Files.readString(Path.of("graph-model/browser/README.md"));
        Graph graph = TestGraph.get().graph();
        List<DynamicTest> tests = new ArrayList<>();
        Matcher block = BLOCK.matcher(guide);
        while (block.find()) {
            Map<String, Object> parameters = new HashMap<>();
            StringBuilder query = new StringBuilder();
            for (String line : block.group(1).split("\n")) {
                Matcher param = PARAM.matcher(line.strip());
                if (param.matches()) {
                    Object value = graph.read("RETURN " + param.group(2) + " AS v", Map.of()).records().getFirst()
                            .get("v").asObject();
                    parameters.put(param.group(1), value);
                } else {
                    query.append(line).append('\n');
                }
            }
            String cypher = query.toString().strip();
            String title = cypher.lines().filter(l -> !l.isBlank()).findFirst().orElse("?");
            tests.add(DynamicTest.dynamicTest(title, () -> {
                var records = graph.read(cypher, parameters).records();
                if (!cypher.contains(":Decision")) {
                    assertThat(records).as("rows of\n%s", cypher).isNotEmpty();
                }
            }));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(5);
        return tests.stream();
    }
}
