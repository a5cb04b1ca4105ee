package dev.crosswise.rules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Compiles the rules folder a few more times in the background once the service is up, results thrown away, so that
 * the JIT has compiled the DRL and Java compilers before an analyst's first reload: on a cold compiler that reload
 * took about three times as long. Only in the web service (a campaign export never reloads), at the lowest thread
 * priority; {@code crosswise.rules.warm-compiler=false} turns it off (the test suite does, to save CPU).
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "crosswise.rules.warm-compiler", havingValue = "true", matchIfMissing = true)
class RuleCompilerWarmUp {

    static final int ROUNDS = 3;
    private static final Logger log = LoggerFactory.getLogger(RuleCompilerWarmUp.class);

    private final RulesProperties properties;

    RuleCompilerWarmUp(RulesProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startInBackground() {
        Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("rule-compiler-warm-up").start(this::run);
    }

    /** @return the rounds compiled (fewer when the folder stopped compiling meanwhile: an analyst is editing) */
    int run() {
        long started = System.nanoTime();
        int rounds = 0;
        try {
            for (; rounds < ROUNDS; rounds++) {
                RuleCompiler.compile(RuleCompiler.readDirectory(properties.dir()));
            }
        } catch (RuntimeException editedMeanwhile) {
            log.debug("Rule compiler warm-up stopped after {} rounds: {}", rounds, editedMeanwhile.getMessage());
        }
        log.info("Rule compiler warmed up for the first reload: {} compiles in {} ms", rounds,
                (System.nanoTime() - started) / 1_000_000);
        return rounds;
    }
}
