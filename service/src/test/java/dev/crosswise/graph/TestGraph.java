package dev.crosswise.graph;

import dev.crosswise.TemporaryDirectories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The one Neo4j the test JVM shares, with the schema and demo seed loaded: a Testcontainers Neo4j where a Docker
 * engine runs, otherwise the same Neo4j version in-process. Either way tests reach it through the real driver over
 * Bolt; nothing is mocked and no graph test is skipped for want of Docker.
 */
public final class TestGraph {

    private static final Logger log = LoggerFactory.getLogger(TestGraph.class);
    private static final String IMAGE = "neo4j:2026.08.1";
    private static volatile TestGraph instance;

    private final String uri;
    private final String password;
    private final Driver driver;
    private final Graph graph;

    private TestGraph(String uri, String password) {
        this.uri = uri;
        this.password = password;
        this.driver = GraphDatabase.driver(uri, password == null ? AuthTokens.none() : AuthTokens.basic("neo4j", password));
        this.graph = new Graph(driver, QueryConfig.defaultConfig(), null);
        GraphSetup.apply(graph, true);
    }

    public static TestGraph get() {
        if (instance == null) {
            synchronized (TestGraph.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    private static TestGraph start() {
        if (dockerAvailable()) {
            String password = "test-" + Long.toHexString(System.nanoTime());
            Neo4jContainer container = new Neo4jContainer(IMAGE).withAdminPassword(password);
            container.start();
            log.info("Graph tests run against Testcontainers {} at {}", IMAGE, container.getBoltUrl());
            return new TestGraph(container.getBoltUrl(), password);
        }
        try {
            Path dir = Files.createTempDirectory("crosswise-test-graph");
            EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir, 0, "128m");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                neo4j.close();
                TemporaryDirectories.remove(dir);
            }));
            log.info("No Docker engine: graph tests run against in-process Neo4j at {}", neo4j.boltUri());
            return new TestGraph(neo4j.boltUri().toString(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    public String uri() {
        return uri;
    }

    /** Null for the in-process Neo4j (authentication off). */
    public String password() {
        return password;
    }

    public Driver driver() {
        return driver;
    }

    public Graph graph() {
        return graph;
    }
}
