package dev.crosswise.authoring;

import dev.crosswise.rules.RulesProperties;
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
    private final PeriodicLook looks;
    private String pending;

    RulesWatcher(RulesReloader reloader, RulesProperties properties) {
        this.reloader = reloader;
        this.properties = properties;
        this.looks = new PeriodicLook("rules-watcher", "the rules folder", properties.watchInterval(), this::look);
    }

    @Override
    public void start() {
        if (properties.watch() && !looks.isRunning()) {
            looks.start();
            log.info("Watching {} for rule changes every {} ms", properties.dir().toAbsolutePath(), looks.intervalMillis());
        }
    }

    /** One look at the folder: a new state is remembered; the same new state on the next look is reloaded. */
    void look() {
        String now = RulesFolder.fingerprint(properties.dir());
        if (now.equals(reloader.lastAttempted())) {
            pending = null;
        } else if (now.equals(pending)) {
            pending = null;
            reloader.reload("file change");
        } else {
            pending = now;
        }
    }

    @Override
    public void stop() {
        looks.stop();
    }

    @Override
    public boolean isRunning() {
        return looks.isRunning();
    }
}
