package dev.crosswise.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.bench.generator.ActivityGenerator;
import dev.crosswise.bench.generator.ActivitySettings;
import dev.crosswise.bench.generator.GeneratorSettings;
import dev.crosswise.bench.generator.GraphGenerator;
import dev.crosswise.graph.EmbeddedNeo4j;
import dev.crosswise.graph.Graph;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;

/**
 * The offer traffic of a small generated graph into a real Neo4j: every row arrives, the service's attribution credits
 * purchases inside its windows (and only those), and a second import changes nothing.
 */
class ActivityImportTest {

    @TempDir
    Path dataDir;

    @Test
    void importsTheTrafficAndCreditsPurchasesByTheServicesAttribution() {
        var activity = new ActivityGenerator(new GraphGenerator(GeneratorSettings.full(3).withCustomers(1_500).withProducts(100)),
                ActivitySettings.DEFAULT);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, 0, "64m");
             var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            Graph graph = new Graph(driver, QueryConfig.defaultConfig(), null);
            BenchGraphImport.ensure(graph, activity, false, quiet);
            assertThat(new ActivityImport(graph, quiet).alreadyImported(activity)).isTrue();
            Map<String, Object> first = BenchGraphImport.trafficCounts(graph);
            assertThat((long) first.get("Response")).isPositive();
            assertThat((long) first.get("ATTRIBUTED_TO")).isPositive();

            // what the service's rule writes: click-throughs within 7 days of the click, view-throughs within a day
            var windows = graph.read("""
                    MATCH (e:Event)-[a:ATTRIBUTED_TO]->(d:Decision)
                    RETURN a.window AS window, count(*) AS n,
                           max(duration.inSeconds(coalesce(a.clickedAt, a.exposedAt), e.at).seconds) / 3600.0 AS maxHours,
                           min(duration.inSeconds(d.at, e.at).seconds) AS minSeconds
                    ORDER BY window""", Map.of()).records();
            assertThat(windows).extracting(r -> r.get("window").asString()).containsExactly("CLICK_THROUGH", "VIEW_THROUGH");
            assertThat(windows.get(0).get("maxHours").asDouble()).isLessThanOrEqualTo(7 * 24);
            assertThat(windows.get(1).get("maxHours").asDouble()).isLessThanOrEqualTo(24);
            assertThat(windows).allSatisfy(r -> assertThat(r.get("minSeconds").asLong()).isNotNegative());
            long returnedCredits = graph.read("MATCH ()-[a:ATTRIBUTED_TO {returned: true}]->() RETURN count(a) AS n", Map.of())
                    .records().getFirst().get("n").asLong();
            assertThat(returnedCredits).isPositive();

            BenchGraphImport.ensure(graph, activity, true, quiet);
            assertThat(BenchGraphImport.trafficCounts(graph)).isEqualTo(first);
        }
    }
}
