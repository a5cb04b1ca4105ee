package dev.crosswise.decision;

import dev.crosswise.catalog.CatalogCache;
import dev.crosswise.graph.Graph;
import dev.crosswise.messages.MessageTemplatesFolder;
import dev.crosswise.promotion.Promotions;
import dev.crosswise.rules.RuleEngine;
import dev.crosswise.rules.RuleSet;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** The decision flow wired by hand on a graph and a rule set, for tests that need no Spring context. */
public final class DecisionWiring {

    private DecisionWiring() {
    }

    /**
     * A reader whose catalog cache keeps nothing: each read sees the products as the graph has them now, and the
     * bundles of the promotions as they are now.
     */
    public static CustomerContextReader contextReader(Graph graph) {
        return new CustomerContextReader(graph, new CatalogCache(graph, Duration.ZERO), DecisionProperties.DEFAULTS,
                null, new Promotions(graph, Duration.ZERO));
    }

    public static DecisionService decisionService(Graph graph, RuleEngine engine, Clock clock) {
        // promotions read fresh for every decision: a test's upsert is seen by the next one
        return new DecisionService(contextReader(graph), engine, texts(), Treatments.NONE,
                new Promotions(graph, Duration.ZERO), clock, new SimpleMeterRegistry());
    }

    /** The message templates of the repository's rules folder, read once. */
    public static MessageTemplatesFolder texts() {
        return MessageTemplatesFolder.readOnce(Path.of("rules"));
    }

    public static RuleEngine engine(RuleSet rules) {
        return new RuleEngine(rules);
    }
}
