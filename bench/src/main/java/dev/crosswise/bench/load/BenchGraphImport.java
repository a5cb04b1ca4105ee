package dev.crosswise.bench.load;

import dev.crosswise.bench.generator.ActivityGenerator;
import dev.crosswise.bench.generator.GraphGenerator;
import dev.crosswise.graph.Graph;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's graph in a store: the generated graph, then its offer traffic on top, each imported once (marked by
 * its own {@code :SeedFile}) and reused afterwards, so a store imported before the traffic existed only gains it.
 */
public final class BenchGraphImport {

    private BenchGraphImport() {
    }

    /** Imports what is missing ({@code force}: everything again, which changes nothing); returns what it did and counts. */
    public static Map<String, Object> ensure(Graph graph, ActivityGenerator activity, boolean force, PrintStream out) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("settings", activity.graph().settings().key());
        report.put("activity", activity.key());
        GeneratedGraphImport importer = new GeneratedGraphImport(graph, out);
        GraphGenerator generator = activity.graph();
        if (importer.alreadyImported(generator) && !force) {
            out.println("Graph: reusing the import of " + generator.settings().key());
            report.put("import", "reused");
        } else {
            out.println("Graph: generating and importing " + generator.settings().key());
            var counts = importer.importAll(generator);
            out.printf("Graph: imported in %.1f s: %s%n", counts.seconds, counts);
            report.put("import", counts.toString());
            report.put("importSeconds", counts.seconds);
        }
        ActivityImport traffic = new ActivityImport(graph, out);
        if (traffic.alreadyImported(activity) && !force) {
            out.println("Offer traffic: reusing the import of " + activity.key());
            report.put("activityImport", "reused");
        } else {
            out.println("Offer traffic: generating and importing " + activity.key());
            var counts = traffic.importAll(activity);
            out.printf("Offer traffic: imported in %.1f s: %s%n", counts.seconds, counts);
            report.put("activityImport", counts.toString());
            report.put("activityImportSeconds", counts.seconds);
        }
        return report;
    }

    /** What the offers' measurement reads: decisions, actions, responses, purchases, credits. */
    public static Map<String, Object> trafficCounts(Graph graph) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (var count : List.of(List.of("Decision", "MATCH (n:Decision) RETURN count(n) AS n"),
                List.of("OFFERED", "MATCH ()-[r:OFFERED]->() RETURN count(r) AS n"),
                List.of("Response", "MATCH (n:Response) RETURN count(n) AS n"),
                List.of("PURCHASE", "MATCH (n:Event) WHERE n.type = 'PURCHASE' RETURN count(n) AS n"),
                List.of("ATTRIBUTED_TO", "MATCH ()-[r:ATTRIBUTED_TO]->() RETURN count(r) AS n"))) {
            counts.put(count.get(0), graph.read(count.get(1), Map.of()).records().getFirst().get("n").asLong());
        }
        return counts;
    }
}
