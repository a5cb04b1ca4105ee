package dev.crosswise.graph;

import java.net.URI;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j running inside this JVM, with its store on disk and Bolt on localhost. The application still talks to it
 * through the driver over Bolt, exactly as it would to a server, so embedded and external behave the same;
 * Neo4j Browser and cypher-shell connect to the same port.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService managementService;
    private final URI boltUri;

    private EmbeddedNeo4j(DatabaseManagementService managementService, URI boltUri) {
        this.managementService = managementService;
        this.boltUri = boltUri;
    }

    /** Starts Neo4j on {@code dataDir}; port 0 picks a free Bolt port (tests). Authentication is off: Bolt listens on localhost only. */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, String pageCache) {
        Path home = dataDir.toAbsolutePath();
        log.info("Starting embedded Neo4j in {}", home);
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", boltPort))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                    .build();
        } catch (RuntimeException e) {
            if (causedBy(e, FileLockException.class)) {
                // Another Neo4j (most often a running Crosswise service) holds the store: say which, not Neo4j's trace.
                throw new DataDirectoryInUseException(home, e);
            }
            throw e;
        }
        GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var address = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        URI uri = URI.create("bolt://localhost:" + address.getPort());
        log.info("Embedded Neo4j is up; Bolt on {} (no authentication, localhost only)", uri);
        return new EmbeddedNeo4j(service, uri);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The data directory is locked by another Neo4j process: a service running on it, an import, a test. */
    public static final class DataDirectoryInUseException extends IllegalStateException {

        private final Path dataDir;

        DataDirectoryInUseException(Path dataDir, Throwable cause) {
            super("The Neo4j data directory " + dataDir + " is in use by another process", cause);
            this.dataDir = dataDir;
        }

        public Path dataDir() {
            return dataDir;
        }
    }

    /** Reports every transaction committed to the database, through Bolt or not, to {@code listener}. */
    public void listen(TransactionEventListener<?> listener) {
        managementService.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, listener);
    }

    /** The default database, for what runs in this JVM without Bolt (an import's schema after an offline load). */
    public GraphDatabaseService database() {
        return managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    public URI boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        log.info("Stopping embedded Neo4j");
        managementService.shutdown();
    }
}
