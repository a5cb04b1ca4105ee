package dev.crosswise.rules;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RulesConfiguration.class);

    /** Remembers what it compiled, so that a reload compiles only the folders that changed since. */
    @Bean
    RuleCompiler ruleCompiler() {
        return new RuleCompiler();
    }

    /**
     * Compiled once at start-up and warmed up before the first request; a rule base that does not compile, or whose
     * rules throw on the warm-up decision, stops the start with every problem listed at its file and line.
     */
    @Bean
    RuleEngine ruleEngine(RulesProperties properties, RuleCompiler compiler) {
        Map<String, String> sources = RuleCompiler.readDirectory(properties.dir());
        RuleSet rules = compiler.recompile(sources);
        RuleWarmUp.check(rules, sources);
        log.info("Rules {} loaded from {}: {} rules in {} files", rules.version(), properties.dir().toAbsolutePath(),
                rules.ruleNames().size(), rules.files().size());
        return new RuleEngine(rules);
    }
}
