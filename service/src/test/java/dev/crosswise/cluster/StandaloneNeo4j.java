package dev.crosswise.cluster;

import dev.crosswise.graph.EmbeddedNeo4j;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A Neo4j server of its own, for tests that need the database in another process than the services using it: the
 * embedded Neo4j of the service (Bolt only, on localhost, no authentication), started by this main in a JVM of its
 * own. It stops when its standard input closes — when the test JVM that started it ends, however it ends.
 *
 * <p>Arguments: the data directory, the Bolt port.
 */
public final class StandaloneNeo4j {

    private StandaloneNeo4j() {
    }

    public static void main(String[] args) throws IOException {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Path.of(args[0]), Integer.parseInt(args[1]), "64m");
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
        System.out.println("Standalone Neo4j: Bolt on " + neo4j.boltUri());
        System.out.flush();
        while (System.in.read() != -1) {
            // the parent keeps its end open while it needs the database
        }
        System.exit(0);
    }
}
