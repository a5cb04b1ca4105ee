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
 * {@code graph-model/schema} (idempotent, every start), once, the demo seed of {@code seed/}, then, once per graph, the
 * migrations of {@code graph-model/migrations} (data written by an older version brought to what this one reads).
 * A seed file is recorded as a {@code :SeedFile} node when loaded, a migration as a {@code :Migration} node; neither
 * is applied twice.
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

    /**
     * Applies the schema, when {@code seed} the demo seed files not loaded yet, and the migrations not applied yet.
     * Safe to call on every start.
     */
    public static void apply(Graph graph, boolean seed) {
        for (CypherScript script : scripts("classpath*:graph-model/schema/*.cypher")) {
            script.statements().forEach(statement -> graph.write(statement, Map.of()));
            log.info("Schema {} applied", script.name());
        }
        if (seed) {
            loadSeed(graph);
        }
        migrate(graph);
    }

    /** Every statement of the schema files, in order: constraints and indexes, each {@code IF NOT EXISTS}. */
    public static List<String> schemaStatements() {
        return scripts("classpath*:graph-model/schema/*.cypher").stream()
                .flatMap(script -> script.statements().stream()).toList();
    }

    /** The names of the migrations of {@code graph-model/migrations}, as a graph records them once applied. */
    public static List<String> migrationNames() {
        return scripts("classpath*:graph-model/migrations/*.cypher").stream().map(CypherScript::name).toList();
    }

    /**
     * Each statement of a migration runs in a transaction of its own (auto-commit), so that it may batch itself with
     * {@code CALL { ... } IN TRANSACTIONS} on a large graph; statements are written to be safe to run again, as a
     * start interrupted half-way does. The migration is recorded when all its statements are through.
     */
    private static void migrate(Graph graph) {
        for (CypherScript script : scripts("classpath*:graph-model/migrations/*.cypher")) {
            boolean applied = graph.read("MATCH (m:Migration {name: $name}) RETURN count(m) > 0 AS applied",
                    Map.of("name", script.name())).records().getFirst().get("applied").asBoolean();
            if (applied) {
                continue;
            }
            long started = System.nanoTime();
            try (var session = graph.session()) {
                script.statements().forEach(statement -> session.run(statement).consume());
            }
            graph.write("MERGE (m:Migration {name: $name}) ON CREATE SET m.appliedAt = datetime()",
                    Map.of("name", script.name()));
            log.info("Migration {} applied in {} ms", script.name(), (System.nanoTime() - started) / 1_000_000);
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
