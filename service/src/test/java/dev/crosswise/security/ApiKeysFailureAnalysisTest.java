package dev.crosswise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.crosswise.CrosswiseApplication;
import dev.crosswise.graph.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A start with a bad CROSSWISE_API_KEYS ends in a failure analysis that names the variable, what is wrong with it
 * and the form it takes — not in a stack trace, and never with the key itself.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiKeysFailureAnalysisTest {

    @Test
    void aShortKeyStopsTheStartWithOneParagraphNamingTheVariableAndTheForm(CapturedOutput output) {
        TestGraph graph = TestGraph.get();
        Throwable failure = catchThrowable(() -> new SpringApplication(CrosswiseApplication.class).run(
                "--server.port=0",
                "--crosswise.neo4j.uri=" + graph.uri(),
                "--crosswise.neo4j.password=" + (graph.password() == null ? "" : graph.password()),
                "--crosswise.api-keys=short:admin",
                "--crosswise.rules.compiler-warm-up=false"));

        assertThat(failure).hasRootCauseInstanceOf(ApiKeysConfigurationException.class);
        String printed = output.getAll();
        assertThat(printed).contains("APPLICATION FAILED TO START",
                "CROSSWISE_API_KEYS entry 1 has a key of 5 characters; use at least 16 random characters",
                "Set CROSSWISE_API_KEYS to comma-separated key:role pairs",
                "storefront, frontend, analyst, admin");
        String afterTheReport = printed.substring(printed.indexOf("APPLICATION FAILED TO START"));
        assertThat(printed).as("no stack trace").doesNotContain("\tat org.springframework.beans");
        assertThat(afterTheReport).doesNotContain("Exception");
        assertThat(printed).as("the key is not printed").doesNotContain("short:admin");
    }

    @Test
    void aShortPrometheusKeyOrStorefrontSecretStopsTheStartSayingWhichAndHowToMakeOne(CapturedOutput output) {
        TestGraph graph = TestGraph.get();
        Throwable failure = catchThrowable(() -> new SpringApplication(CrosswiseApplication.class).run(
                "--server.port=0",
                "--crosswise.neo4j.uri=" + graph.uri(),
                "--crosswise.neo4j.password=" + (graph.password() == null ? "" : graph.password()),
                "--crosswise.api-keys=an-admin-key-0123456789:admin",
                "--crosswise.storefront-jwt-secret=too-short-secret",
                "--crosswise.rules.compiler-warm-up=false"));

        assertThat(failure).hasRootCauseInstanceOf(SecretConfigurationException.class);
        String printed = output.getAll();
        assertThat(printed).contains("APPLICATION FAILED TO START",
                "The service could not start because of CROSSWISE_STOREFRONT_JWT_SECRET: it has 16 bytes; HS256 needs "
                        + "at least 32 random bytes.", "openssl rand -base64 48");
        assertThat(printed).as("the secret is not printed").doesNotContain("too-short-secret");

        var analysis = new SecretsFailureAnalyzer().analyze(new BeanCreationException("scrapeKey", "failed",
                catchThrowable(() -> ScrapeKey.parse("short", ApiKeys.parse("an-admin-key-0123456789:admin")))));
        assertThat(analysis.getDescription()).isEqualTo("The service could not start because of "
                + "CROSSWISE_PROMETHEUS_KEY: it has 5 characters; use at least 16 random characters.");
        assertThat(analysis.getAction()).contains("openssl rand -hex 24", "scrape job");
    }

    @Test
    void everyWayAValueCanBeWrongIsAnalysed() {
        var analyzer = new ApiKeysFailureAnalyzer();
        for (String value : new String[] {"no-colon-at-all-0123456789", "a-long-enough-key-0123:owner",
                "a-long-enough-key-0123:admin,a-long-enough-key-0123:analyst"}) {
            Throwable failure = catchThrowable(() -> ApiKeys.parse(value));
            assertThat(failure).as(value).isInstanceOf(ApiKeysConfigurationException.class);

            var analysis = analyzer.analyze(new BeanCreationException("apiKeys", "failed", failure));
            assertThat(analysis).as(value).isNotNull();
            assertThat(analysis.getDescription()).contains("CROSSWISE_API_KEYS entry ").doesNotContain("0123");
            assertThat(analysis.getAction()).contains("CROSSWISE_API_KEYS", "key:role", "at least 16");
        }
    }
}
