package dev.crosswise.authoring;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running part of a watched folder (the rules, the message templates, the experiments): one look every interval
 * on a daemon thread of its own, started and stopped with the application. A look that fails is logged and the next
 * one still comes — an escaping throwable would end the schedule for good, and every later save would be ignored
 * without a word.
 */
public final class PeriodicLook {

    private static final Logger log = LoggerFactory.getLogger(PeriodicLook.class);

    private final String threadName;
    private final String what;
    private final long intervalMillis;
    private final Runnable look;
    private ScheduledExecutorService executor;

    /**
     * @param what     what is looked at, for the log ("the rules folder")
     * @param interval at least 10 ms
     */
    public PeriodicLook(String threadName, String what, Duration interval, Runnable look) {
        this.threadName = threadName;
        this.what = what;
        this.intervalMillis = Math.max(10, interval.toMillis());
        this.look = look;
    }

    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(threadName).factory());
        executor.scheduleWithFixedDelay(this::lookOnce, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void lookOnce() {
        try {
            look.run();
        } catch (RuntimeException | Error e) {
            log.warn("Looking at {} failed; looking again in {} ms", what, intervalMillis, e);
        }
    }

    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    public synchronized boolean isRunning() {
        return executor != null;
    }

    public long intervalMillis() {
        return intervalMillis;
    }
}
