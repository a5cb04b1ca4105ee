package dev.crosswise.importing;

import dev.crosswise.graph.Graph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes batches of rows, each batch its own managed transaction (retried on deadlocks and other transient errors),
 * several at a time. One writer leaves a core idle while the database commits and the driver encodes the next batch;
 * two keep both busy. Callers keep a customer's rows in one batch so concurrent batches never lock the same customer.
 * Rows are made just before their batch is sent: half a million row maps held at once cost more in garbage
 * collection than they save.
 */
final class ParallelBatches implements AutoCloseable {

    private static final long PROGRESS_NANOS = 5_000_000_000L;

    private final Graph graph;
    private final ExecutorService writers;
    private final Consumer<String> progress;

    ParallelBatches(Graph graph, int writers, Consumer<String> progress) {
        this.graph = graph;
        this.writers = Executors.newFixedThreadPool(Math.max(1, writers), runnable -> {
            Thread thread = new Thread(runnable, "history-import-writer");
            thread.setDaemon(true);
            return thread;
        });
        this.progress = progress;
    }

    /** Groups of items (one customer's, say) into batches of about {@code size} items, no group split. */
    static <T> List<List<T>> batches(Iterable<? extends List<T>> groups, int size) {
        List<List<T>> batches = new ArrayList<>();
        List<T> batch = new ArrayList<>();
        for (List<T> group : groups) {
            batch.addAll(group);
            if (batch.size() >= size) {
                batches.add(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    /** Every batch as {@code $rows}, waiting for all; a line every few seconds: rows written and the rate. */
    <T> void write(String what, String cypher, List<List<T>> batches, Function<T, Map<String, Object>> row) {
        long total = batches.stream().mapToLong(List::size).sum();
        long started = System.nanoTime();
        long reported = started;
        List<Future<Integer>> written = new ArrayList<>();
        for (List<T> batch : batches) {
            written.add(writers.submit(() -> {
                List<Map<String, Object>> rows = batch.stream().map(row).toList();
                try (var session = graph.session()) {
                    session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", rows)).consume());
                }
                return rows.size();
            }));
        }
        long done = 0;
        for (Future<Integer> batch : written) {
            done += await(batch);
            long now = System.nanoTime();
            if (now - reported > PROGRESS_NANOS && done < total) {
                progress.accept("%s: %,d of %,d rows written (%,.0f rows/s)".formatted(what, done, total,
                        done / ((now - started) / 1e9)));
                reported = now;
            }
        }
    }

    private static int await(Future<Integer> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        writers.shutdownNow();
    }
}
