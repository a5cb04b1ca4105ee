package dev.crosswise.graph;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a request waits for Neo4j before it fails with UNAVAILABLE, so an outage answers fast instead of
 * holding threads, and the pool heals by itself when Neo4j is back.
 *
 * @param connect  CROSSWISE_NEO4J_TIMEOUTS_CONNECT: opening a connection (TCP + Bolt handshake)
 * @param acquire  CROSSWISE_NEO4J_TIMEOUTS_ACQUIRE: waiting for a free pooled connection
 * @param retry    CROSSWISE_NEO4J_TIMEOUTS_RETRY: how long a managed transaction keeps retrying transient errors
 * @param liveness CROSSWISE_NEO4J_TIMEOUTS_LIVENESS: a pooled connection idle longer than this is checked before use
 */
@ConfigurationProperties("crosswise.neo4j.timeouts")
public record Neo4jTimeouts(
        @DefaultValue("2s") Duration connect,
        @DefaultValue("2s") Duration acquire,
        @DefaultValue("3s") Duration retry,
        @DefaultValue("10s") Duration liveness) {
}
