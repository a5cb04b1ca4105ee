package dev.crosswise.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The demo shop goes into the embedded graph by default, never uninvited into a shop's own Neo4j. */
class GraphPropertiesTest {

    @Test
    void theEmbeddedDefaultLoadsTheDemo() {
        assertThat(bind(Map.of()).seedsDemo()).isTrue();
        assertThat(bind(Map.of("CROSSWISE_NEO4J_SEED", "false")).seedsDemo()).isFalse();
    }

    @Test
    void anExternalNeo4jGetsTheDemoOnlyWhenAsked() {
        assertThat(bind(Map.of("CROSSWISE_NEO4J_URI", "bolt://db:7687")).seedsDemo()).isFalse();
        assertThat(bind(Map.of("CROSSWISE_NEO4J_URI", "bolt://db:7687", "CROSSWISE_NEO4J_SEED", "true")).seedsDemo())
                .isTrue();
    }

    private static GraphProperties bind(Map<String, Object> environment) {
        return new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource("env", environment)))
                .bindOrCreate("crosswise.neo4j", GraphProperties.class);
    }
}
