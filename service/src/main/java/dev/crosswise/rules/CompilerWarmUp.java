package dev.crosswise.rules;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the service is up, compiles its own rules folder again and again in the background and throws the result away,
 * so that the JIT compiles Drools' compiler (DRL parser, rule and constraint builders, the Java compiler of the
 * consequences, the rule base builder) before an analyst's first reload needs it: in a fresh JVM that reload otherwise
 * spends about as much CPU in the JIT as in compiling. One thread (at Java's lowest priority, a hint Linux ignores
 * unless the JVM is told otherwise), about 15 s of CPU once; it steps aside while a
 * reload or simulation compiles, and stops once this JVM has compiled {@link #RULES} rules in all (the JIT is one per
 * JVM: a second application context in it, or a JVM that already reloaded many rules, warms up no more).
 * Off with CROSSWISE_RULES_COMPILER_WARM_UP=false.
 */
@Component
public class CompilerWarmUp {

    /**
     * Rules this JVM compiles in all before the warm-up stops. Measured with the {@code reload-compile} bench command,
     * the first reload of 1 000 rules took 3.3–3.9 s of CPU without a warm-up, ~2 s after one of 400 rules, 1.3–1.7 s
     * after 1 000 and 1.1 s after 2 000, which costs the warm-up twice the CPU (~26 s instead of ~15 s).
     */
    public static final int RULES = 1_000;
    /** However small the folder, no more compiles than this. */
    static final int MAX_COMPILES = 60;

    private static final Logger log = LoggerFactory.getLogger(CompilerWarmUp.class);

    private final RulesProperties properties;
    private volatile Thread thread;

    CompilerWarmUp(RulesProperties properties) {
        this.properties = properties;
    }

    /** What a warm-up did: compiles of the folder, the rules they compiled, and the time it took. */
    public record Summary(int compiles, int rules, long millis) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.compilerWarmUp()) {
            return;
        }
        thread = Thread.ofPlatform().daemon().priority(Thread.MIN_PRIORITY).name("rules-compiler-warm-up").start(() -> {
            try {
                Summary done = warm(RuleCompiler.readDirectory(properties.dir()), RULES);
                if (done.compiles() > 0) {
                    log.info("Rule compiler warmed up for the first reload: {} rules in {} compiles of {}, {} ms",
                            done.rules(), done.compiles(), properties.dir().toAbsolutePath(), done.millis());
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // Nothing serves from it: the first reload then merely pays the JIT.
                log.warn("The rule compiler warm-up stopped: {}", e.toString());
            }
        });
    }

    @PreDestroy
    void stop() {
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
    }

    /**
     * Compiles {@code sources} ({@link RuleCompiler#compileForWarmUp}) and runs a made-up decision on them
     * ({@link RuleWarmUp}), again and again on the calling thread, until this JVM has compiled {@code rules} rules in
     * all; stops early when the sources do not compile.
     */
    public static Summary warm(Map<String, String> sources, long rules) throws InterruptedException {
        long started = System.nanoTime();
        int compiles = 0;
        int compiled = 0;
        while (RuleCompiler.rulesCompiled() < rules && compiles < MAX_COMPILES) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            RuleSet discarded = RuleCompiler.compileForWarmUp(sources);
            if (discarded == null || discarded.ruleNames().isEmpty()) {
                break;
            }
            RuleWarmUp.warm(discarded);
            compiles++;
            compiled += discarded.ruleNames().size();
        }
        return new Summary(compiles, compiled, (System.nanoTime() - started) / 1_000_000);
    }
}
