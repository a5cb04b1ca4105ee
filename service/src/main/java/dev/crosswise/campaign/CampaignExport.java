package dev.crosswise.campaign;

import dev.crosswise.decision.Action;
import dev.crosswise.decision.Decision;
import dev.crosswise.decision.DecisionService;
import dev.crosswise.graph.Graph;
import dev.crosswise.rules.facts.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides for every customer of the graph, in parallel, and writes their top actions as CSV, in customer id order.
 * Customer ids are streamed from the graph and decided in chunks of {@value #CHUNK}, each chunk's contexts read in
 * one round trip; a sliding window of chunks in flight keeps every thread busy while the output stays ordered. A
 * customer whose decision fails is counted and skipped, never stops the export.
 */
@Component
public class CampaignExport {

    private static final Logger log = LoggerFactory.getLogger(CampaignExport.class);
    /** Customers per graph read: enough to spread a round trip's cost, few enough to keep every thread busy. */
    static final int CHUNK = 32;
    static final String HEADER = "customerId,rank,sku,strategy,moment,channel,score\n";
    static final String CUSTOMER_IDS = """
            MATCH (c:Customer) WHERE c.id IS NOT NULL AND NOT c:Visitor
            RETURN c.id AS id ORDER BY c.id
            LIMIT CASE WHEN $first > 0 THEN $first ELSE 9223372036854775807 END""";

    private final DecisionService decisions;
    private final Graph graph;

    CampaignExport(DecisionService decisions, Graph graph) {
        this.decisions = decisions;
        this.graph = graph;
    }

    /** What an export did; {@code decisionsPerSecond} counts customers decided (with or without actions). */
    public record Summary(long customers, long actions, long failed, double seconds, double cpuSeconds) {
        public double decisionsPerSecond() {
            return seconds == 0 ? 0 : customers / seconds;
        }

        /** Process CPU (graph, rules, GC) per decision: what the export costs whatever else runs on the machine. */
        public double cpuMsPerDecision() {
            return customers == 0 ? 0 : cpuSeconds * 1000 / customers;
        }

        @Override
        public String toString() {
            return "customers=%d actions=%d failed=%d seconds=%.2f decisionsPerSecond=%.0f cpuMsPerDecision=%.3f"
                    .formatted(customers, actions, failed, seconds, decisionsPerSecond(), cpuMsPerDecision());
        }
    }

    public Summary export(Writer out, Channel channel, int limit, OffsetDateTime at, int threads, long first) {
        return export(out, channel, limit, at, threads, first, CHUNK);
    }

    Summary export(Writer out, Channel channel, int limit, OffsetDateTime at, int threads, long first, int chunkSize) {
        long started = System.nanoTime();
        double cpuStarted = processCpuSeconds();
        AtomicLong failed = new AtomicLong();
        long customers = 0;
        long actions = 0;
        int window = threads * 2;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("campaign-", 0).factory());
             var session = graph.readSession()) {
            out.write(HEADER);
            Deque<CompletableFuture<String>> inFlight = new ArrayDeque<>();
            // An explicit read transaction: ids stream in as they are consumed instead of being buffered whole.
            try (var tx = session.beginTransaction(TransactionConfig.empty())) {
                Result ids = tx.run(CUSTOMER_IDS, Map.of("first", first));
                List<String> chunk = new ArrayList<>(chunkSize);
                while (ids.hasNext()) {
                    Record record = ids.next();
                    chunk.add(record.get("id").asString());
                    customers++;
                    if (chunk.size() == chunkSize || !ids.hasNext()) {
                        List<String> customerIds = List.copyOf(chunk);
                        chunk.clear();
                        inFlight.add(CompletableFuture.supplyAsync(() -> decide(customerIds, channel, limit, at, failed), pool));
                    }
                    if (inFlight.size() >= window) {
                        actions += drainOne(inFlight, out);
                    }
                    if (customers % 20_000 == 0) {
                        log.info("Campaign export: {} customers queued", customers);
                    }
                }
                tx.commit();
            }
            while (!inFlight.isEmpty()) {
                actions += drainOne(inFlight, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Summary(customers, actions, failed.get(), (System.nanoTime() - started) / 1e9,
                processCpuSeconds() - cpuStarted);
    }

    private static double processCpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    private static long drainOne(Deque<CompletableFuture<String>> inFlight, Writer out) throws IOException {
        String rows = inFlight.removeFirst().join();
        out.write(rows);
        return rows.isEmpty() ? 0 : rows.chars().filter(c -> c == '\n').count();
    }

    private String decide(List<String> customerIds, Channel channel, int limit, OffsetDateTime at, AtomicLong failed) {
        Map<String, Decision> decided;
        try {
            decided = decisions.whatNextAll(customerIds, channel, limit, at);
        } catch (RuntimeException chunkFailed) {
            // one customer's data can fail a whole chunk: decide that chunk one by one, so only that customer is lost
            decided = new LinkedHashMap<>();
            for (String customerId : customerIds) {
                try {
                    decided.put(customerId, decisions.whatNext(customerId, channel, limit, at, null));
                } catch (RuntimeException e) {
                    if (failed.incrementAndGet() <= 10) {
                        log.warn("Campaign export: no decision for {}: {}", customerId, e.getMessage());
                    }
                }
            }
        }
        StringBuilder rows = new StringBuilder();
        for (Decision decision : decided.values()) {
            String customerId = decision.customer().id();
            for (Action a : decision.actions()) {
                rows.append(csv(customerId)).append(',').append(a.rank()).append(',').append(csv(a.product().sku()))
                        .append(',').append(a.strategy()).append(',').append(a.moment() == null ? "" : a.moment())
                        .append(',').append(a.channel()).append(',').append(a.score()).append('\n');
            }
        }
        return rows.toString();
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
