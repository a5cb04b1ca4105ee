package dev.crosswise.demo;

import dev.crosswise.customer.CustomerUpserts;
import dev.crosswise.decision.DecisionService;
import dev.crosswise.event.EventRecorder;
import dev.crosswise.exposure.Exposures;
import dev.crosswise.graph.Graph;
import dev.crosswise.graph.GraphProperties;
import dev.crosswise.response.ResponseRecorder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo shop four weeks of life on its first start, so that {@code metrics} has something to show: shoppers
 * {@code shopper-01} … {@code shopper-20} (customers of their own, so the seed's stories stay as they are) get offers,
 * respond to some, buy — some of what they were offered, inside and outside the attribution windows, and other
 * things — and return a few, all dated back from the start and recorded through the service's own code paths.
 *
 * <p>Where the demo seed is loaded ({@link GraphProperties#seedsDemo()}), once: a {@code :DemoActivity} node keeps
 * when the weeks end and marks them complete (a node of its own rather than a {@code :SeedFile}, which stands for a
 * file of {@code seed/}). A fixed random seed makes every fresh demo the same shop, shifted to its own start. Runs before the service reports ready — and
 * before a campaign export job reads the customers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoActivity implements ApplicationRunner {

    static final int SHOPPERS = 20;
    /** The days back from the start that decisions are spread over: four weeks, all inside "the last 28 days". */
    static final int DAYS = 27;
    private static final long RANDOM_SEED = 26;

    private static final Logger log = LoggerFactory.getLogger(DemoActivity.class);

    /** The activity's marker: when its weeks end, and whether they were all recorded. */
    private static final String MARKER = "MATCH (m:DemoActivity) RETURN m.until AS until, m.complete AS complete";
    private static final String MARK_STARTED = """
            MERGE (m:DemoActivity {name: 'demo-activity'})
            ON CREATE SET m.until = $until, m.complete = false, m.shoppers = $shoppers
            """;
    private static final String MARK_COMPLETE = """
            MATCH (m:DemoActivity {name: 'demo-activity'}) SET m.complete = true, m.generatedAt = datetime()
            """;
    private static final String CREDITS = """
            MATCH (c:Customer)-[:DID]->(:Event)-[a:ATTRIBUTED_TO]->(:Decision)
            WHERE c.id IN $shoppers
            RETURN a.window AS window, count(a) AS credits ORDER BY window
            """;

    private final GraphProperties graphProperties;
    private final DemoActivityProperties properties;
    private final Graph graph;
    private final Clock clock;
    private final CustomerUpserts customers;
    private final ShopperWeeks weeks;

    DemoActivity(GraphProperties graphProperties, DemoActivityProperties properties, Graph graph, Clock clock,
                 CustomerUpserts customers, DecisionService decisions, Exposures exposures, ResponseRecorder responses,
                 EventRecorder events) {
        this.graphProperties = graphProperties;
        this.properties = properties;
        this.graph = graph;
        this.clock = clock;
        this.customers = customers;
        this.weeks = new ShopperWeeks(decisions, exposures, responses, events, graph);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!graphProperties.seedsDemo() || !properties.enabled()) {
            return;
        }
        var marker = graph.read(MARKER, Map.of()).records();
        if (!marker.isEmpty() && marker.getFirst().get("complete").asBoolean(false)) {
            return;
        }
        // A start interrupted while generating left its end of the weeks behind: the next start lives the same
        // weeks again, so that what was recorded is replayed (fixed ids) and the rest follows as it would have.
        Instant until = marker.isEmpty() ? clock.instant().truncatedTo(ChronoUnit.MINUTES)
                : marker.getFirst().get("until").asZonedDateTime().toInstant();
        try {
            graph.write(MARK_STARTED, Map.of("until", until.atZone(ZoneOffset.UTC), "shoppers", SHOPPERS));
            generate(until);
            graph.write(MARK_COMPLETE, Map.of());
        } catch (RuntimeException e) {
            // the demo serves without it, and the next start completes it without doubling anything
            log.warn("Demo activity not complete, the next start completes it: {}", e.toString());
        }
    }

    /** Lives the {@value #DAYS} days up to {@code until}, shopper after shopper. */
    private void generate(Instant until) {
        long started = System.nanoTime();
        Instant firstDay = until.minus(Duration.ofDays(DAYS)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        DemoTally tally = new DemoTally();
        for (int number = 1; number <= SHOPPERS; number++) {
            tally.add(shopper(number, firstDay, until));
        }
        log.info("Demo activity generated in {} ms: {} shoppers (shopper-01..shopper-{}), {} decisions with {} "
                        + "exposures, responses {}, {} purchases ({}), {} returns, from {} to {}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), tally.shoppers, SHOPPERS, tally.decisions,
                tally.exposures, tally.responses, tally.purchases, credits(), tally.returns, firstDay, until);
    }

    private DemoTally shopper(int number, Instant firstDay, Instant until) {
        Random random = new Random(RANDOM_SEED * 1_000 + number);
        DemoShopper shopper = DemoShopper.draw(number, random, firstDay);
        customers.upsert(shopper.profile());
        DemoTally tally = weeks.live(shopper, random, firstDay, until);
        tally.shoppers = 1;
        return tally;
    }

    /** How many of the shoppers' purchases the attribution credited, per window. */
    private String credits() {
        List<String> shoppers = IntStream.rangeClosed(1, SHOPPERS).mapToObj("shopper-%02d"::formatted).toList();
        return graph.read(CREDITS, Map.of("shoppers", shoppers)).records().stream()
                .map(r -> r.get("window").asString().toLowerCase().replace('_', '-') + " " + r.get("credits").asLong())
                .collect(Collectors.joining(", ", "credited: ", ""));
    }
}
