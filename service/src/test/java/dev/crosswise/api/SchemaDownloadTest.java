package dev.crosswise.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The schema is served as SDL at /graphql/schema, for code generators, without a key (like introspection). */
class SchemaDownloadTest extends CrosswiseHttpTest {

    @Test
    void theSchemaIsServedAsSdlForCodeGenerators() {
        String schema = RestClient.create(baseUrl()).get().uri("/graphql/schema").retrieve().body(String.class);

        assertThat(schema).contains("type Query", "whatNext(", "type MetricsReport", "headline: String!");
    }
}
