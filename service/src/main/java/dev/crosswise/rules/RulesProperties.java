package dev.crosswise.rules;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rules come from and how changes to them are taken up.
 *
 * @param dir           CROSSWISE_RULES_DIR: the folder of DRL files analysts edit; scenarios live in its {@code scenarios/}
 * @param watch         CROSSWISE_RULES_WATCH: reload by itself when a file under {@code dir} changes
 * @param watchInterval CROSSWISE_RULES_WATCH_INTERVAL: how often the folder is looked at; a change is taken up once it
 *                      has stayed the same for one interval (an editor's save is complete)
 * @param scenarios     CROSSWISE_RULES_SCENARIOS: a reload must also pass the scenario files before it serves
 * @param simulateDrl   CROSSWISE_RULES_SIMULATE_DRL: {@code Query.simulate} accepts candidate DRL from the caller.
 *                      DRL consequences are code run in the service: turn this off wherever the API is reachable by
 *                      anyone who may not change the rules
 * @param compilerWarmUp CROSSWISE_RULES_COMPILER_WARM_UP: once started, compile the rules folder again in the background
 *                      (discarded), so that the first reload does not pay for the JIT ({@link CompilerWarmUp})
 */
@ConfigurationProperties("crosswise.rules")
public record RulesProperties(
        @DefaultValue("rules") Path dir,
        @DefaultValue("true") boolean watch,
        @DefaultValue("1s") Duration watchInterval,
        @DefaultValue("true") boolean scenarios,
        @DefaultValue("true") boolean simulateDrl,
        @DefaultValue("true") boolean compilerWarmUp) {

    public Path scenarioDir() {
        return dir.resolve("scenarios");
    }
}
