package dev.crosswise.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.client.RestClient;

/**
 * The example page and its demo-only token stand-in exist on the embedded demo only: not with a shop's own Neo4j
 * (this test's service talks to the shared test graph by URI), not without the demo seed, not in production.
 */
class StorefrontExampleOnlyInTheDemoTest extends CrosswiseHttpTest {

    /** A bean under the example's condition (not a @Configuration, which @SpringBootTest would take for its own). */
    @Conditional(StorefrontExample.OnEmbeddedDemo.class)
    static class DemoOnly {
    }

    @Test
    void withAnExternalNeo4jThereIsNoPageNoConfigAndNoTokenToBeHad() {
        for (String path : new String[] {"/examples/storefront/", "/examples/storefront/index.html",
                "/examples/storefront/config", "/examples/storefront/token?customer=C-ADA"}) {
            int status = RestClient.create(baseUrl()).get().uri(path)
                    .exchange((request, response) -> response.getStatusCode().value());
            assertThat(status).as(path).isEqualTo(404);
        }
    }

    @Test
    void theDemoIsTheEmbeddedDefaultWithItsSeedAndNeverTheProductionProfile() {
        var runner = new ApplicationContextRunner().withUserConfiguration(DemoOnly.class);

        runner.run(context -> assertThat(context).hasSingleBean(DemoOnly.class));
        runner.withPropertyValues("crosswise.neo4j.uri=bolt://db:7687")
                .run(context -> assertThat(context).doesNotHaveBean(DemoOnly.class));
        runner.withPropertyValues("crosswise.neo4j.uri=bolt://db:7687", "crosswise.neo4j.seed=true")
                .run(context -> assertThat(context).as("the demo seed on a shop's server").doesNotHaveBean(DemoOnly.class));
        runner.withPropertyValues("crosswise.neo4j.seed=false")
                .run(context -> assertThat(context).doesNotHaveBean(DemoOnly.class));
        runner.withInitializer(context -> context.getEnvironment().setActiveProfiles("production"))
                .run(context -> assertThat(context).doesNotHaveBean(DemoOnly.class));
    }
}
