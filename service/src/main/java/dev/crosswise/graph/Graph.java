package dev.crosswise.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.exceptions.RetryableException;

/**
 * The driver plus the database to use. Reads and writes go through managed transactions (the driver's
 * executable queries), which retry transient errors, so every query here must be idempotent; the decision's own read
 * is one implicit transaction, retried the same way ({@link #readAutoCommit}).
 */
public final class Graph {

    private final Driver driver;
    private final QueryConfig writeConfig;
    private final QueryConfig readConfig;
    private final String database;
    private final SessionConfig readSession;
    private final SessionConfig writeSession;
    private final Duration retryTime;

    public Graph(Driver driver, QueryConfig baseConfig, String database) {
        this(driver, baseConfig, database, Duration.ofSeconds(3));
    }

    /** @param retryTime how long a read is tried again after transient errors (as the driver's managed transactions) */
    public Graph(Driver driver, QueryConfig baseConfig, String database, Duration retryTime) {
        this.driver = driver;
        this.retryTime = retryTime;
        this.database = database == null || database.isBlank() ? null : database;
        this.writeConfig = baseConfig;
        QueryConfig.Builder read = QueryConfig.builder().withRouting(RoutingControl.READ);
        if (this.database != null) {
            read.withDatabase(this.database);
        }
        this.readConfig = read.build();
        // Sessions share the bookmarks of the executable queries: on a cluster, a read sent to a secondary waits
        // until it has this instance's own writes (of either kind) before it runs — causal consistency per instance.
        SessionConfig.Builder readSession = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
                .withBookmarkManager(driver.executableQueryBookmarkManager());
        SessionConfig.Builder writeSession = SessionConfig.builder()
                .withBookmarkManager(driver.executableQueryBookmarkManager());
        if (this.database != null) {
            readSession.withDatabase(this.database);
            writeSession.withDatabase(this.database);
        }
        this.readSession = readSession.build();
        this.writeSession = writeSession.build();
    }

    public EagerResult read(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).withConfig(readConfig).execute();
    }

    /**
     * A read in an implicit (auto-commit) transaction: one round trip, where a managed transaction needs a second for
     * its commit — for the read every decision makes (a quarter of a millisecond and about a fifth of the database's
     * CPU for it less, measured over Bolt on localhost). Like a managed read it is tried again after a transient
     * error (a leader change, a connection dropped), backing off from 50 ms, for as long as managed transactions
     * retry ({@code crosswise.neo4j.timeouts.retry}).
     */
    public List<Record> readAutoCommit(String cypher, Map<String, Object> parameters) {
        long giveUpAt = System.nanoTime() + retryTime.toNanos();
        long backOffMillis = 50;
        while (true) {
            try (Session session = driver.session(readSession)) {
                return session.run(cypher, parameters).list();
            } catch (RuntimeException e) {
                if (!(e instanceof RetryableException) || System.nanoTime() + backOffMillis * 1_000_000 > giveUpAt) {
                    throw e;
                }
            }
            try {
                Thread.sleep(backOffMillis);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting to retry a read", interrupted);
            }
            backOffMillis *= 2;
        }
    }

    /**
     * A read sent where the writes go (the leader of a cluster; on a single server the same as {@link #read}): for
     * what another instance may have just written, which a secondary need not have yet — the answer recorded by the
     * writer that won a race on a unique id.
     */
    public EagerResult readFromLeader(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).withConfig(writeConfig).execute();
    }

    public EagerResult write(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).withConfig(writeConfig).execute();
    }

    /** Several reads in one transaction (one consistent view), retried on transient errors like the others. */
    public <T> T readTransaction(TransactionCallback<T> work) {
        try (var session = driver.session(readSession)) {
            return session.executeRead(work);
        }
    }

    /** For reads that need a session of their own (a result streamed as it is consumed); callers close it. */
    public org.neo4j.driver.Session readSession() {
        return driver.session(readSession);
    }

    /** For work that needs several statements in one transaction; callers close the session. */
    public org.neo4j.driver.Session session() {
        return driver.session(writeSession);
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
