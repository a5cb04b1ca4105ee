package dev.crosswise.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} reports DOWN while Neo4j cannot answer a trivial query (Boot's own indicator needs
 * its Neo4j auto-configuration, which this service replaces with its own driver). Runs outside managed
 * transactions on purpose: a health check reports the state now, it does not retry until it looks better.
 */
@Component("neo4j")
class Neo4jHealthIndicator implements HealthIndicator {

    private final Driver driver;
    private final GraphProperties properties;

    Neo4jHealthIndicator(Driver driver, GraphProperties properties) {
        this.driver = driver;
        this.properties = properties;
    }

    @Override
    public Health health() {
        SessionConfig config = properties.database() == null || properties.database().isBlank()
                ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(properties.database());
        try (var session = driver.session(config)) {
            var summary = session.run("RETURN 1").consume();
            return Health.up()
                    .withDetail("server", summary.server().address())
                    .withDetail("agent", summary.server().agent())
                    .withDetail("mode", properties.embedded() ? "embedded" : "external")
                    .build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
