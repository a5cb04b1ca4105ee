package dev.crosswise.graph;

import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;

/**
 * The driver plus the database to use. Reads and writes go through managed transactions (the driver's
 * executable queries), which retry transient errors, so every query here must be idempotent.
 */
public final class Graph {

    private final Driver driver;
    private final QueryConfig writeConfig;
    private final QueryConfig readConfig;
    private final String database;

    public Graph(Driver driver, QueryConfig baseConfig, String database) {
        this.driver = driver;
        this.database = database == null || database.isBlank() ? null : database;
        this.writeConfig = baseConfig;
        QueryConfig.Builder read = QueryConfig.builder().withRouting(RoutingControl.READ);
        if (this.database != null) {
            read.withDatabase(this.database);
        }
        this.readConfig = read.build();
    }

    public EagerResult read(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).withConfig(readConfig).execute();
    }

    public EagerResult write(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).withConfig(writeConfig).execute();
    }

    /** Several reads in one transaction (one consistent view), retried on transient errors like the others. */
    public <T> T readTransaction(TransactionCallback<T> work) {
        try (var session = session()) {
            return session.executeRead(work);
        }
    }

    /** For work that needs several statements in one transaction; callers close the session. */
    public org.neo4j.driver.Session session() {
        return driver.session(database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database));
    }

    /**
     * The statement without its comment lines and indentation. Neo4j lexes the whole text of every statement it
     * receives before it finds the cached plan, so a long, commented query read on every decision is sent compact.
     */
    public static String compact(String cypher) {
        return cypher.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("//"))
                .collect(Collectors.joining("\n"));
    }

    public Driver driver() {
        return driver;
    }
}
