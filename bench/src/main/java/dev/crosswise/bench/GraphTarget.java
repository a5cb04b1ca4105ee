package dev.crosswise.bench;

import dev.crosswise.graph.EmbeddedNeo4j;
import dev.crosswise.graph.Graph;
import java.net.URI;
import java.nio.file.Path;
import java.util.logging.Level;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.QueryConfig;

/** The graph a command writes to: any Bolt URI, or an embedded Neo4j started on a data directory for the command. */
public final class GraphTarget implements AutoCloseable {

    private final EmbeddedNeo4j embedded;
    private final Driver driver;
    private final Graph graph;

    private GraphTarget(EmbeddedNeo4j embedded, Driver driver) {
        this.embedded = embedded;
        this.driver = driver;
        this.graph = new Graph(driver, QueryConfig.defaultConfig(), null);
    }

    /**
     * Warnings only: with the driver's debug logging on (whatever enables it in this JVM), it formats every message
     * it sends, parameters included, even when nothing prints it — for an import, every row of every batch, a few
     * gigabytes of garbage.
     */
    private static final Config CONFIG = Config.builder().withLogging(Logging.javaUtilLogging(Level.WARNING)).build();

    /** {@code uri} wins when given (credentials from CROSSWISE_NEO4J_USERNAME / _PASSWORD); else embedded on {@code dataDir}. */
    public static GraphTarget open(String uri, Path dataDir, String pageCache) {
        if (uri != null && !uri.isBlank()) {
            String password = System.getenv("CROSSWISE_NEO4J_PASSWORD");
            String user = System.getenv().getOrDefault("CROSSWISE_NEO4J_USERNAME", "neo4j");
            var auth = password == null || password.isBlank() ? AuthTokens.none() : AuthTokens.basic(user, password);
            return new GraphTarget(null, GraphDatabase.driver(URI.create(uri), auth, CONFIG));
        }
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, 0, pageCache);
        return new GraphTarget(neo4j, GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(), CONFIG));
    }

    public Graph graph() {
        return graph;
    }

    /** The Neo4j started in this JVM; null for a Bolt URI. */
    public EmbeddedNeo4j embedded() {
        return embedded;
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
