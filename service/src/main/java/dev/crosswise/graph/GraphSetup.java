package dev.crosswise.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Brings the graph to the shape the service expects before any request is served: applies the schema files of
 * {@code graph-model/schema} (idempotent, every start) and, once, the demo seed of {@code seed/}.
 * A seed file is recorded as a {@code :SeedFile} node when loaded and never loaded twice.
 */
@Component
public class GraphSetup implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(GraphSetup.class);

    private final Graph graph;
    private final GraphProperties properties;

    GraphSetup(Graph graph, GraphProperties properties) {
        this.graph = graph;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.seed() == null && !properties.embedded()) {
            log.info("Demo seed not loaded: on an external Neo4j only with CROSSWISE_NEO4J_SEED=true");
        }
        apply(graph, properties.seedsDemo());
    }

    /** Applies the schema and, when {@code seed}, the demo seed files not loaded yet. Safe to call on every start. */
    public static void apply(Graph graph, boolean seed) {
        for (CypherScript script : scripts("classpath*:graph-model/schema/*.cypher")) {
            script.statements().forEach(statement -> graph.write(statement, Map.of()));
            log.info("Schema {} applied", script.name());
        }
        if (seed) {
            loadSeed(graph);
        }
    }

    private static void loadSeed(Graph graph) {
        for (CypherScript script : scripts("classpath*:seed/*.cypher")) {
            boolean loaded = graph.read("MATCH (s:SeedFile {name: $name}) RETURN count(s) > 0 AS loaded",
                    Map.of("name", script.name())).records().getFirst().get("loaded").asBoolean();
            if (loaded) {
                continue;
            }
            // One transaction per file: a seed file is either fully in the graph or not at all.
            try (var session = graph.session()) {
                session.executeWriteWithoutResult(tx -> {
                    script.statements().forEach(statement -> tx.run(statement).consume());
                    tx.run("CREATE (:SeedFile {name: $name, loadedAt: datetime()})", Map.of("name", script.name())).consume();
                });
            }
            log.info("Seed {} loaded", script.name());
        }
    }

    static List<CypherScript> scripts(String pattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            return Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(GraphSetup::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CypherScript parse(Resource resource) {
        try {
            return CypherScript.parse(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
