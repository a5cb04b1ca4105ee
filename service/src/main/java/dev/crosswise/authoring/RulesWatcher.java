package dev.crosswise.authoring;

import dev.crosswise.rules.RulesProperties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Looks at the rules folder (DRL and scenario files, every subfolder) every {@code watchInterval} on its own thread
 * and asks for a reload once a change has stayed the same for one interval, so a save in progress, or an editor
 * writing several files, is taken up once and whole. Polling the contents works on every file system, including
 * mounted volumes where file-change notifications do not arrive. Off with CROSSWISE_RULES_WATCH=false.
 */
@Component
class RulesWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);

    private final RulesReloader reloader;
    private final RulesProperties properties;
    private ScheduledExecutorService executor;
    private String pending;

    RulesWatcher(RulesReloader reloader, RulesProperties properties) {
        this.reloader = reloader;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (!properties.watch() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("rules-watcher").factory());
        long interval = Math.max(10, properties.watchInterval().toMillis());
        executor.scheduleWithFixedDelay(this::look, interval, interval, TimeUnit.MILLISECONDS);
        log.info("Watching {} for rule changes every {} ms", properties.dir().toAbsolutePath(), interval);
    }

    /** One look at the folder: a new state is remembered; the same new state on the next look is reloaded. */
    void look() {
        try {
            String now = RulesFolder.fingerprint(properties.dir());
            if (now.equals(reloader.lastAttempted())) {
                pending = null;
            } else if (now.equals(pending)) {
                pending = null;
                reloader.reload("file change");
            } else {
                pending = now;
            }
        } catch (RuntimeException | Error e) {
            // whatever went wrong, the next look must still come: an escaping throwable would end the schedule
            // for good, and every later save would be ignored without a word
            log.warn("Looking at the rules folder failed; looking again in {} ms", properties.watchInterval().toMillis(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
