package dev.crosswise.catalog;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * With an external Neo4j, refreshes the catalog cache every half of its max age on a thread of its own, so that no
 * decision reads a product or the product graph again because they grew old (see {@link CatalogCache#refresh()}).
 * A failed refresh (Neo4j unreachable) is logged once and tried again at the next interval; meanwhile decisions read
 * what has grown too old themselves, as without the refresher. On the embedded default it has nothing to do.
 */
public class CatalogRefresher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CatalogRefresher.class);

    private final CatalogCache cache;
    /** {@code null}: nothing to refresh (a change feed reports every change). */
    private final Duration interval;
    private ScheduledExecutorService timer;
    private volatile boolean failing;

    public CatalogRefresher(CatalogCache cache) {
        this.cache = cache;
        Duration maxAge = cache.maxAge();
        this.interval = maxAge == null || maxAge.isZero() ? null : maxAge.dividedBy(2);
    }

    @Override
    public synchronized void start() {
        if (interval == null || timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("catalog-refresh").daemon().factory());
        long millis = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(this::refreshOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    void refreshOnce() {
        try {
            cache.refresh();
            if (failing) {
                log.info("The catalog refresh works again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("The catalog could not be refreshed (decisions read what grew too old themselves): {}",
                        e.toString());
                failing = true;
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
