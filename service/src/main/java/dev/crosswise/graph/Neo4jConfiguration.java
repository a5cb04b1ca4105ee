package dev.crosswise.graph;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One driver for the whole service, pointed at the external Neo4j when configured, else at the embedded one. */
@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(GraphProperties properties) {
        if (!properties.embedded()) {
            return null;
        }
        return EmbeddedNeo4j.start(properties.dataDir(), properties.boltPort(), properties.pageCache());
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(GraphProperties properties, Neo4jTimeouts timeouts, ObjectProvider<EmbeddedNeo4j> embedded) {
        URI uri;
        AuthToken auth;
        if (properties.embedded()) {
            uri = embedded.getObject().boltUri();
            auth = AuthTokens.none();
        } else {
            uri = URI.create(properties.uri());
            auth = properties.password() == null || properties.password().isBlank()
                    ? AuthTokens.none()
                    : AuthTokens.basic(properties.username(), properties.password());
        }
        // Short waits: while Neo4j is down a request fails with UNAVAILABLE within seconds instead of hanging, and
        // the pool reconnects by itself when Neo4j is back (idle connections are checked before reuse).
        Config config = Config.builder()
                .withMaxConnectionPoolSize(64)
                .withConnectionAcquisitionTimeout(timeouts.acquire().toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionTimeout(timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(timeouts.retry().toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionLivenessCheckTimeout(timeouts.liveness().toMillis(), TimeUnit.MILLISECONDS)
                .build();
        Driver driver = GraphDatabase.driver(uri, auth, config);
        driver.verifyConnectivity();
        return driver;
    }

    /** Every query of the service runs with this config, so the database choice lives in one place. */
    @Bean
    Graph graph(Driver driver, GraphProperties properties, Neo4jTimeouts timeouts) {
        QueryConfig.Builder builder = QueryConfig.builder();
        if (properties.database() != null && !properties.database().isBlank()) {
            builder.withDatabase(properties.database());
        }
        return new Graph(driver, builder.build(), properties.database(), timeouts.retry());
    }
}
