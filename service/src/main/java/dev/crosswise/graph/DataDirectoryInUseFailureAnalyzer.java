package dev.crosswise.graph;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Start-up on a data directory another process holds — typically a campaign export or a second service started next
 * to a running one — ends with what to do instead of Neo4j's chain of lock exceptions.
 */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4j.DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedNeo4j.DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                "The embedded Neo4j could not start: its data directory " + cause.dataDir()
                        + " is locked by another process, most likely a Crosswise service already running on it.",
                "Use the running service's database over Bolt instead of its files: set CROSSWISE_NEO4J_URI="
                        + "bolt://localhost:<its CROSSWISE_NEO4J_BOLT_PORT, 7687 by default>. Or stop that service, or"
                        + " give this one another directory with CROSSWISE_NEO4J_DATA_DIR.",
                cause);
    }
}
