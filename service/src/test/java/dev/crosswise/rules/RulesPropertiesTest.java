package dev.crosswise.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The environment variables the README lists for the rules reach the settings they name. */
class RulesPropertiesTest {

    @Test
    void theReadmeVariablesBind() {
        var environment = new SystemEnvironmentPropertySource("env", Map.of(
                "CROSSWISE_RULES_DIR", "/srv/rules",
                "CROSSWISE_RULES_WATCH", "false",
                "CROSSWISE_RULES_WATCH_INTERVAL", "5s",
                "CROSSWISE_RULES_SCENARIOS", "false",
                "CROSSWISE_RULES_SIMULATE_DRL", "false",
                "CROSSWISE_RULES_COMPILER_WARM_UP", "false"));

        RulesProperties rules = new Binder(ConfigurationPropertySources.from(environment))
                .bindOrCreate("crosswise.rules", RulesProperties.class);

        assertThat(rules.dir()).isEqualTo(Path.of("/srv/rules"));
        assertThat(rules.watch()).isFalse();
        assertThat(rules.watchInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(rules.scenarios()).isFalse();
        assertThat(rules.simulateDrl()).isFalse();
        assertThat(rules.compilerWarmUp()).isFalse();
    }

    @Test
    void theDefaultsWatchGateOnScenariosAndWarmUpTheCompiler() {
        RulesProperties rules = new Binder(ConfigurationPropertySources.from(
                new SystemEnvironmentPropertySource("env", Map.of()))).bindOrCreate("crosswise.rules", RulesProperties.class);

        assertThat(rules.dir()).isEqualTo(Path.of("rules"));
        assertThat(rules.watch()).isTrue();
        assertThat(rules.watchInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(rules.scenarios()).isTrue();
        assertThat(rules.compilerWarmUp()).isTrue();
    }
}
