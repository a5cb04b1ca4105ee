package dev.crosswise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseApplication;
import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.graph.EmbeddedNeo4j;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
        }
        try (var app = start()) {
            assertThat(count(app, RECORDED)).isEqualTo(recorded);
            // the same four weeks as after the first start: nothing added, nothing shifted to the second start's time
            assertThat(fourWeeksBefore(firstStart, app)).isEqualTo(metrics);
        }
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
        var client = HttpSyncGraphQlClient.create(RestClient.builder()
                .baseUrl("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort() + "/graphql")
                .defaultHeader("X-API-Key", CrosswiseHttpTest.ANALYST_KEY).build());
        return client.document(LAST_28_DAYS)
                .variable("from", start.minus(Duration.ofDays(28)).toString())
                .variable("to", start.plus(Duration.ofHours(1)).toString())
                .executeSync().field("metrics.totals").toEntity(Map.class);
    }

    private static long count(ConfigurableApplicationContext app, String cypher) {
        var bolt = app.getBean(EmbeddedNeo4j.class).boltUri();
        try (var driver = GraphDatabase.driver(bolt, AuthTokens.none())) {
            return driver.executableQuery(cypher).withParameters(Map.of()).execute()
                    .records().getFirst().get("n").asLong();
        }
    }
}
