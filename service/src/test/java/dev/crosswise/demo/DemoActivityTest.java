package dev.crosswise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseApplication;
import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.graph.EmbeddedNeo4j;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

/**
 * A fresh demo shop has weeks of offers, responses and purchases behind it, so {@code metrics} shows something on
 * the first start — by the demo's own shoppers, leaving the seed's customers as they were — and a second start
 * adds nothing.
 */
class DemoActivityTest {

    private static final String LAST_28_DAYS = """
            query($from: DateTime!, $to: DateTime!) { metrics(from: $from, to: $to) { totals {
              decisions exposures clicks acceptances dismissals attributedPurchases attributedRevenue } } }""";

    private static final String EXPERIMENT = """
            { experiment(name: "demo-message-why") { status start daysRun minimumDays population
                arms { name control varies customers decisions exposures conversions
                       metric { value low high } lift { value low high pValue } }
                srm { pValue flagged } requiredSamplePerArm daysToRequiredSample verdict } }""";

    /** The shoppers' decisions, exposures and customers per arm of the demo's experiment, counted in the graph. */
    private static final String ARM_IN_GRAPH = """
            MATCH (c:Customer)<-[:FOR]-(d:Decision) WHERE c.id STARTS WITH 'shopper-' AND $key IN d.experiments
            RETURN count(DISTINCT c) * 1000000 + count(d) * 1000 + sum(COUNT { (d)-[:OFFERED]->() }) AS n""";

    /** Everything the activity writes, counted. */
    private static final String RECORDED = """
            RETURN COUNT { MATCH (c:Customer) WHERE c.id STARTS WITH 'shopper-' } * 1000000000
                 + COUNT { MATCH (d:Decision) WHERE d.id STARTS WITH 'demo-' } * 1000000
                 + COUNT { MATCH (r:Response) WHERE r.id STARTS WITH 'demo-' } * 1000
                 + COUNT { MATCH (e:Event) WHERE e.id STARTS WITH 'demo-' } AS n""";

    @TempDir
    Path dataDir;

    @Test
    void aFreshDemoHasWeeksOfCreditedOffersAndASecondStartAddsNothing() {
        long recorded;
        Map<String, Object> metrics;
        Map<String, Object> experiment;
        Instant firstStart = Instant.now();
        try (var app = start()) {
            metrics = fourWeeksBefore(firstStart, app);
            assertThat(metrics).allSatisfy((metric, value) -> assertThat(((Number) value).doubleValue()).as(metric).isPositive());

            assertThat(count(app, "MATCH ()-[a:ATTRIBUTED_TO {window: 'CLICK_THROUGH'}]->() RETURN count(a) AS n")).isPositive();
            assertThat(count(app, "MATCH ()-[a:ATTRIBUTED_TO {window: 'VIEW_THROUGH'}]->() RETURN count(a) AS n")).isPositive();
            assertThat(count(app, "MATCH (e:Event {type: 'RETURN'}) WHERE e.id STARTS WITH 'demo-' RETURN count(e) AS n"))
                    .isPositive();
            assertThat(count(app, "MATCH (c:Customer) WHERE c.id STARTS WITH 'shopper-' RETURN count(c) AS n"))
                    .isEqualTo(DemoActivity.SHOPPERS);
            // the seed's customers keep their stories: nothing of the activity is theirs
            assertThat(count(app, """
                    MATCH (c:Customer) WHERE NOT c.id STARTS WITH 'shopper-'
                    RETURN COUNT { (c)-[:DID]->(e:Event) WHERE e.id STARTS WITH 'demo-' }
                         + COUNT { (c)<-[:FOR]-(d:Decision) WHERE d.id STARTS WITH 'demo-' } AS n""")).isZero();
            recorded = count(app, RECORDED);
            experiment = experiment(app);
            theShippedExperimentRunsOnTheShoppersWeeks(experiment, app);
        }
        try (var app = start()) {
            assertThat(count(app, RECORDED)).isEqualTo(recorded);
            // the same four weeks as after the first start: nothing added, nothing shifted to the second start's time
            assertThat(fourWeeksBefore(firstStart, app)).isEqualTo(metrics);
            // the experiment started with its first decision, not with this start: the same start, arms and figures
            Map<String, Object> again = experiment(app);
            assertThat(again.get("start")).isEqualTo(experiment.get("start"));
            assertThat(again.get("arms")).isEqualTo(experiment.get("arms"));
            assertThat(again.get("srm")).isEqualTo(experiment.get("srm"));
        }
    }

    /**
     * {@code rules/experiments/demo-message-why.yaml} splits the demo's shoppers between two wordings: on the first
     * start it has their weeks behind it — every shopper assigned, more than the minimum days run, figures per arm that
     * are the graph's — and the seed's customers are in no experiment.
     */
    @SuppressWarnings("unchecked")
    private static void theShippedExperimentRunsOnTheShoppersWeeks(Map<String, Object> experiment,
                                                                   ConfigurableApplicationContext app) {
        assertThat(experiment.get("status")).isEqualTo("RUNNING");
        assertThat(experiment.get("population")).isEqualTo("customers with ids starting 'shopper-'");
        assertThat(((Number) experiment.get("daysRun")).intValue())
                .isGreaterThanOrEqualTo(((Number) experiment.get("minimumDays")).intValue())
                .isLessThanOrEqualTo(DemoActivity.DAYS);
        // it started with the shoppers' first decision, weeks before this start
        long firstDecision = count(app, """
                MATCH (d:Decision) WHERE d.id STARTS WITH 'demo-' RETURN min(d.at).epochSeconds AS n""");
        assertThat(java.time.OffsetDateTime.parse((String) experiment.get("start")).toEpochSecond()).isEqualTo(firstDecision);

        List<Map<String, Object>> arms = (List<Map<String, Object>>) experiment.get("arms");
        assertThat(arms).extracting(a -> a.get("name")).containsExactly("control", "why");
        long customers = 0;
        long decisions = 0;
        for (Map<String, Object> arm : arms) {
            long armCustomers = ((Number) arm.get("customers")).longValue();
            long armDecisions = ((Number) arm.get("decisions")).longValue();
            long armExposures = ((Number) arm.get("exposures")).longValue();
            assertThat(armCustomers).as("customers of %s", arm.get("name")).isPositive();
            assertThat(((Number) arm.get("conversions")).longValue()).as("conversions of %s", arm.get("name"))
                    .isPositive().isLessThanOrEqualTo(armExposures);
            assertThat(armCustomers * 1_000_000 + armDecisions * 1_000 + armExposures).as("%s in the graph", arm.get("name"))
                    .isEqualTo(count(app, ARM_IN_GRAPH, Map.of("key", "demo-message-why/" + arm.get("name"))));
            Map<String, Object> metric = (Map<String, Object>) arm.get("metric");
            assertThat(((Number) metric.get("low")).doubleValue()).isLessThan(((Number) metric.get("value")).doubleValue());
            assertThat(((Number) metric.get("high")).doubleValue()).isGreaterThan(((Number) metric.get("value")).doubleValue());
            customers += armCustomers;
            decisions += armDecisions;
        }
        // every shopper and every one of their decisions is in it, and nobody else's
        assertThat(customers).isEqualTo(DemoActivity.SHOPPERS);
        assertThat(decisions).isEqualTo(count(app, "MATCH (d:Decision) WHERE d.id STARTS WITH 'demo-' RETURN count(d) AS n"));
        assertThat(count(app, """
                MATCH (c:Customer)<-[:FOR]-(d:Decision) WHERE NOT c.id STARTS WITH 'shopper-' AND size(d.experiments) > 0
                RETURN count(d) AS n""")).isZero();
        assertThat(arms.getFirst().get("lift")).isNull();
        Map<String, Object> lift = (Map<String, Object>) arms.get(1).get("lift");
        assertThat(arms.get(1).get("varies")).isEqualTo("message");
        assertThat(((Number) lift.get("low")).doubleValue()).isLessThan(((Number) lift.get("high")).doubleValue());
        assertThat(((Number) lift.get("pValue")).doubleValue()).isBetween(0.0, 1.0);
        Map<String, Object> srm = (Map<String, Object>) experiment.get("srm");
        assertThat(((Number) srm.get("pValue")).doubleValue()).isBetween(0.0, 1.0);
        assertThat(((Number) experiment.get("requiredSamplePerArm")).longValue()).isPositive();
        // twenty shoppers are too few to call a winner, and the verdict says so in figures
        assertThat((String) experiment.get("verdict")).startsWith("Running: not enough data, the smallest arm has ")
                .contains(" of the " + experiment.get("requiredSamplePerArm") + " exposures per arm needed");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> experiment(ConfigurableApplicationContext app) {
        return client(app).document(EXPERIMENT).executeSync().field("experiment").toEntity(Map.class);
    }

    private static HttpSyncGraphQlClient client(ConfigurableApplicationContext app) {
        return HttpSyncGraphQlClient.create(RestClient.builder()
                .baseUrl("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort() + "/graphql")
                .defaultHeader("X-API-Key", CrosswiseHttpTest.ANALYST_KEY).build());
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplication(CrosswiseApplication.class).run(
                "--server.port=0",
                "--crosswise.api-keys=" + CrosswiseHttpTest.API_KEYS,
                "--crosswise.neo4j.data-dir=" + dataDir,
                "--crosswise.neo4j.bolt-port=0",
                "--crosswise.neo4j.page-cache=64m",
                "--crosswise.rules.scenarios=false",
                "--crosswise.rules.watch=false",
                "--crosswise.rules.compiler-warm-up=false");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fourWeeksBefore(Instant start, ConfigurableApplicationContext app) {
        return client(app).document(LAST_28_DAYS)
                .variable("from", start.minus(Duration.ofDays(28)).toString())
                .variable("to", start.plus(Duration.ofHours(1)).toString())
                .executeSync().field("metrics.totals").toEntity(Map.class);
    }

    private static long count(ConfigurableApplicationContext app, String cypher) {
        return count(app, cypher, Map.of());
    }

    private static long count(ConfigurableApplicationContext app, String cypher, Map<String, Object> parameters) {
        var bolt = app.getBean(EmbeddedNeo4j.class).boltUri();
        try (var driver = GraphDatabase.driver(bolt, AuthTokens.none())) {
            return driver.executableQuery(cypher).withParameters(parameters).execute()
                    .records().getFirst().get("n").asLong();
        }
    }
}
