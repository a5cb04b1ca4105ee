package dev.crosswise.bench.load;

import dev.crosswise.attribution.Attribution;
import dev.crosswise.attribution.AttributionProperties;
import dev.crosswise.bench.generator.ActivityGenerator;
import dev.crosswise.bench.generator.ActivityRows;
import dev.crosswise.graph.Graph;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the generated offer traffic ({@link ActivityGenerator}) on top of an imported generated graph, in
 * {@code UNWIND} batches like {@link GeneratedGraphImport}: decisions with their {@code OFFERED} actions, responses
 * (marking the action's edge clicked, accepted or dismissed as recordResponse does),
 * purchase lines (with the ownership a recorded purchase creates). Then it credits the purchases with the service's
 * own attribution ({@link Attribution#attributeImported}): the same statement as when the service records a purchase,
 * run once every line is in, which by that rule's design gives what recording them in any order would have given.
 * Every purchase of the period is credited so, the base graph's recent ones included.
 */
public final class ActivityImport {

    static final String RESPONSES = """
            UNWIND $rows AS row
            MATCH (d:Decision {id: row.decision}), (p:Product {sku: row.sku})
            MERGE (r:Response {id: row.id}) SET r += row.props
            MERGE (r)-[:RESPONDS_TO]->(d)
            MERGE (r)-[:ABOUT]->(p)
            WITH d, p, row
            MATCH (d)-[o:OFFERED]->(p)
            SET o.clicked = CASE WHEN row.props.type = 'CLICKED' THEN true ELSE o.clicked END,
                o.accepted = CASE WHEN row.props.type = 'ACCEPTED' THEN true ELSE o.accepted END,
                o.dismissed = CASE WHEN row.props.type = 'DISMISSED' THEN true ELSE o.dismissed END""";
    /** The ownership a recorded purchase creates (EventEffects), first purchase kept as {@code firstAt}. */
    static final String OWNS_PURCHASED = """
            UNWIND $rows AS row
            MATCH (c:Customer {id: row.customer}), (p:Product {sku: row.sku})
            MERGE (c)-[o:OWNS]->(p)
            ON CREATE SET o.at = row.props.at, o.firstAt = row.props.at, o.orderId = row.props.orderId, o.orders = 1,
                          o.quantity = row.props.quantity, o.price = row.props.price, o.gift = false,
                          o.returned = coalesce(row.props.returned, false), o.returnedAt = row.props.returnedAt
            ON MATCH SET o.firstAt = CASE WHEN coalesce(o.firstAt, o.at) <= row.props.at THEN coalesce(o.firstAt, o.at)
                                          ELSE row.props.at END""";
    static final String PURCHASES_SINCE = """
            MATCH (e:Event) WHERE e.at >= $since AND e.type = 'PURCHASE'
            RETURN e.id AS id ORDER BY id""";

    /** The service's default windows (AttributionProperties' defaults), which the benchmarked service runs with. */
    public static final AttributionProperties WINDOWS = new AttributionProperties(Duration.ofDays(7), Duration.ofDays(1));
    /** Purchase lines credited per transaction. */
    static final int ATTRIBUTION_BATCH = 1_000;

    private final Graph graph;
    private final PrintStream progress;

    public ActivityImport(Graph graph, PrintStream progress) {
        this.graph = graph;
        this.progress = progress;
    }

    public boolean alreadyImported(ActivityGenerator generator) {
        return graph.read("MATCH (s:SeedFile {name: $name}) RETURN count(s) > 0 AS done",
                Map.of("name", generator.key())).records().getFirst().get("done").asBoolean();
    }

    /** Writes the traffic of every customer of the graph, then attributes; the graph itself must be imported. */
    public Counts importAll(ActivityGenerator generator) {
        long started = System.nanoTime();
        var writer = new GeneratedGraphImport(graph, progress);
        Counts counts = new Counts();
        int total = generator.graph().settings().customers();
        int slice = 10_000;
        for (int from = 0; from < total; from += slice) {
            int to = Math.min(total, from + slice);
            List<Map<String, Object>> decisions = new ArrayList<>();
            List<Map<String, Object>> responses = new ArrayList<>();
            List<Map<String, Object>> purchases = new ArrayList<>();
            for (int i = from; i < to; i++) {
                ActivityRows rows = generator.customer(i);
                decisions.addAll(rows.decisions());
                responses.addAll(rows.responses());
                purchases.addAll(rows.purchases());
            }
            counts.decisions += writer.writeQuietly(GeneratedGraphImport.DECISIONS, decisions);
            counts.offered += decisions.stream().mapToLong(d -> ((List<?>) d.get("offered")).size()).sum();
            counts.responses += writer.writeQuietly(RESPONSES, responses);
            counts.purchases += writer.writeQuietly(GeneratedGraphImport.EVENTS, purchases);
            writer.writeQuietly(OWNS_PURCHASED, purchases);
            progress.printf("  activity: customers %,d/%,d  decisions %,d  offered %,d  responses %,d  purchases %,d  (%.0f s)%n",
                    to, total, counts.decisions, counts.offered, counts.responses, counts.purchases,
                    (System.nanoTime() - started) / 1e9);
        }

        // Attribution by the service's statement: every purchase since the earliest decision an attribution may use.
        long attributing = System.nanoTime();
        var since = generator.graph().settings().reference().atZone(ZoneOffset.UTC)
                .minusDays(generator.settings().days()).minus(WINDOWS.clickThroughWindow());
        List<String> eventIds = graph.read(PURCHASES_SINCE, Map.of("since", since)).records().stream()
                .map(r -> r.get("id").asString()).toList();
        Attribution attribution = new Attribution(WINDOWS, new SimpleMeterRegistry());
        for (int from = 0; from < eventIds.size(); from += ATTRIBUTION_BATCH) {
            counts.attributed += attribution.attributeImported(graph,
                    eventIds.subList(from, Math.min(eventIds.size(), from + ATTRIBUTION_BATCH)));
        }
        counts.attributionSeconds = (System.nanoTime() - attributing) / 1e9;
        progress.printf("  attribution: %,d of %,d purchase lines credited (%.1f s)%n", counts.attributed,
                eventIds.size(), counts.attributionSeconds);
        graph.write("MERGE (s:SeedFile {name: $name}) SET s.loadedAt = datetime()", Map.of("name", generator.key()));
        counts.seconds = (System.nanoTime() - started) / 1e9;
        return counts;
    }

    /** Rows written per kind, purchase lines credited, and the wall time. */
    public static final class Counts {
        public long decisions;
        public long offered;
        public long responses;
        public long purchases;
        public long attributed;
        public double attributionSeconds;
        public double seconds;

        @Override
        public String toString() {
            return "decisions=%d offered=%d responses=%d purchases=%d attributed=%d attributionSeconds=%.1f seconds=%.1f"
                    .formatted(decisions, offered, responses, purchases, attributed, attributionSeconds, seconds);
        }
    }
}
