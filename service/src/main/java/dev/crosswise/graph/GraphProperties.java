package dev.crosswise.graph;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives. With no {@code uri}, Neo4j runs in-process (the embedded default) with its data in
 * {@code dataDir} and Bolt on {@code boltPort}; with a {@code uri}, the service talks to that Neo4j instead.
 *
 * @param uri           CROSSWISE_NEO4J_URI, e.g. bolt://localhost:7687 or neo4j://cluster:7687; empty = embedded
 * @param username      CROSSWISE_NEO4J_USERNAME
 * @param password      CROSSWISE_NEO4J_PASSWORD
 * @param database      CROSSWISE_NEO4J_DATABASE; empty = the server's default database
 * @param dataDir       CROSSWISE_NEO4J_DATA_DIR, embedded only
 * @param boltPort      CROSSWISE_NEO4J_BOLT_PORT, embedded only; 0 picks a free port
 * @param pageCache     CROSSWISE_NEO4J_PAGE_CACHE, embedded only (e.g. 512m, 2g)
 * @param seed          CROSSWISE_NEO4J_SEED: load the demo seed files not loaded yet; unset = only on the embedded
 *                      default (an external Neo4j is a shop's own graph: the demo goes there only when asked)
 */
@ConfigurationProperties("crosswise.neo4j")
public record GraphProperties(
        String uri,
        @DefaultValue("neo4j") String username,
        String password,
        String database,
        @DefaultValue("data/neo4j") Path dataDir,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("512m") String pageCache,
        Boolean seed) {

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }

    /** Whether the demo seed is loaded: as set, or by default on the embedded Neo4j only. */
    public boolean seedsDemo() {
        return seed != null ? seed : embedded();
    }
}
