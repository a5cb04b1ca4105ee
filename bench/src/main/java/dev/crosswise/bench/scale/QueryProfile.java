package dev.crosswise.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * A statement run once under {@code PROFILE}: its database hits, the rows it returned, and its plan as text, one
 * operator a line with its rows and hits, so that a latency that grows with the graph can be told where it went.
 *
 * @param dbHits           the database hits of the whole plan
 * @param rows             the rows the statement returned
 * @param availableAfterMs the profiled run's time to its first result, as the server reports it, in ms (profiling
 *                         slows a statement: compare the hits, not this)
 * @param plan             the plan, indented by depth: operator, details, rows, hits
 */
public record QueryProfile(long dbHits, long rows, long availableAfterMs, String plan) {

    /** Runs {@code cypher} once as it is (plan cache, page cache), then under {@code PROFILE}, in read sessions. */
    public static QueryProfile of(Driver driver, String cypher, Map<String, Object> parameters) {
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            session.run(cypher, parameters).consume();
            var result = session.run("PROFILE " + cypher, parameters);
            long rows = result.list().size();
            var summary = result.consume();
            ProfiledPlan plan = summary.profile();
            List<String> lines = new ArrayList<>();
            long hits = render(plan, 0, lines);
            return new QueryProfile(hits, rows, summary.resultAvailableAfter(TimeUnit.MILLISECONDS),
                    String.join("\n", lines));
        }
    }

    /** Appends {@code plan} and its children to {@code lines}; returns their database hits. */
    private static long render(ProfiledPlan plan, int depth, List<String> lines) {
        var details = plan.arguments().get("Details");
        lines.add("%s%s%s  rows=%,d  dbHits=%,d".formatted("  ".repeat(depth), plan.operatorType(),
                details == null || details.isNull() ? "" : " " + shorten(details.asString()), plan.records(), plan.dbHits()));
        long hits = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            hits += render(child, depth + 1, lines);
        }
        return hits;
    }

    private static String shorten(String details) {
        String flat = details.replaceAll("\\s+", " ");
        // long enough to show what a projection reads (a pattern in it is where hits hide), short enough to read
        return flat.length() > 600 ? flat.substring(0, 597) + "..." : flat;
    }
}
