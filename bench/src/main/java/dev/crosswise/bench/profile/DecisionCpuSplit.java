package dev.crosswise.bench.profile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a decision's CPU goes, read from the service's flight recording of a benchmark run ({@code run --jfr true}):
 * the share of every thread's execution samples taken while decisions were served, by part of the path — the
 * request's own thread (HTTP, GraphQL, the context read, the rules, arbitration, JSON), Neo4j's Bolt worker and
 * network threads, the driver's. The benchmark's other steps (the floor and the peer over Bolt, the reload's compile)
 * are left out: only seconds in which request threads ran, and no rule compile, count.
 *
 * <p>Execution samples are taken of threads running Java code: the collector's and the JIT's threads are not among
 * them, so the shares are of the sampled CPU, which the service's whole CPU per decision spreads over in proportion.
 */
public final class DecisionCpuSplit {

    /** A second counts when request threads were sampled this often in it: the decision steps, not the Bolt ones. */
    static final int REQUEST_SAMPLES_PER_DECISION_SECOND = 5;

    /** The parts of a decision's path, in the order of the flow. */
    public enum Part {
        HTTP("request thread: HTTP (Tomcat, Spring MVC, security filters)"),
        GRAPHQL("request thread: GraphQL (graphql-java, Spring for GraphQL)"),
        CONTEXT_READ("request thread: the context read (driver, shaping facts, the product side in memory)"),
        DRIVER_IO("Neo4j driver: network threads"),
        NEO4J_BOLT_WORKER("Neo4j: Bolt worker (the Cypher read)"),
        NEO4J_NETWORK("Neo4j: Bolt network threads"),
        RULES("request thread: rules (the Drools session)"),
        ARBITRATION("request thread: arbitration, messages, explanations"),
        OTHER_DECISION_CODE("request thread: the rest of the decision (treatments, promotions)"),
        JSON("request thread: writing the JSON answer (Jackson)"),
        OTHER("other threads");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One execution sample: when (whole seconds of the recording), which thread, its frames from the leaf down. */
    record Sample(long second, String thread, List<String> frames) {
    }

    /** The samples of each part, and how many seconds of the recording counted. */
    public record Split(Map<Part, Long> samples, int seconds) {

        public long total() {
            return samples.values().stream().mapToLong(Long::longValue).sum();
        }

        public double share(Part part) {
            return total() == 0 ? 0 : samples.getOrDefault(part, 0L) / (double) total();
        }
    }

    private DecisionCpuSplit() {
    }

    public static Split read(Path jfr) throws IOException {
        List<Sample> samples = new ArrayList<>();
        try (RecordingFile recording = new RecordingFile(jfr)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                List<String> frames = new ArrayList<>();
                for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                    frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
                }
                var thread = event.getThread("sampledThread");
                samples.add(new Sample(event.getStartTime().getEpochSecond(),
                        thread == null ? "" : String.valueOf(thread.getJavaName()), frames));
            }
        }
        return split(samples);
    }

    /** The split of the samples taken in the seconds decisions were served, and no rule set compiled. */
    static Split split(List<Sample> samples) {
        Map<Long, Integer> requestSamples = new HashMap<>();
        Set<Long> compiling = new HashSet<>();
        for (Sample s : samples) {
            if (isRequestThread(s.thread())) {
                requestSamples.merge(s.second(), 1, Integer::sum);
            } else if (s.thread().startsWith("rules-")) {
                compiling.add(s.second());
            }
        }
        Set<Long> deciding = new HashSet<>();
        requestSamples.forEach((second, count) -> {
            if (count >= REQUEST_SAMPLES_PER_DECISION_SECOND && !compiling.contains(second)) {
                deciding.add(second);
            }
        });
        Map<Part, Long> byPart = new EnumMap<>(Part.class);
        for (Sample s : samples) {
            if (deciding.contains(s.second())) {
                byPart.merge(partOf(s.thread(), s.frames()), 1L, Long::sum);
            }
        }
        return new Split(byPart, deciding.size());
    }

    private static boolean isRequestThread(String thread) {
        return thread.startsWith("http-nio-") && thread.contains("-exec-");
    }

    /** The part of the path a sample of {@code thread} with these frames (leaf first) belongs to. */
    static Part partOf(String thread, List<String> frames) {
        if (thread.startsWith("neo4j.BoltWorker")) {
            return Part.NEO4J_BOLT_WORKER;
        }
        if (thread.startsWith("neo4j.BoltNetworkIO")) {
            return Part.NEO4J_NETWORK;
        }
        if (thread.startsWith("Neo4jDriverIO")) {
            return Part.DRIVER_IO;
        }
        if (!isRequestThread(thread)) {
            return Part.OTHER;
        }
        // a request thread runs Drools only in a decision's rules; the innermost of our stages decides the rest
        if (anyStartsWith(frames, "org.drools.") || anyStartsWith(frames, "dev.crosswise.rules.RuleEngine.evaluate")) {
            return Part.RULES;
        }
        if (anyStartsWith(frames, "dev.crosswise.decision.CustomerContextReader")
                || anyStartsWith(frames, "dev.crosswise.decision.SharedRoundTrips")
                || anyStartsWith(frames, "org.neo4j.driver.")) {
            return Part.CONTEXT_READ;
        }
        if (anyStartsWith(frames, "dev.crosswise.decision.Arbitration")) {
            return Part.ARBITRATION;
        }
        if (anyStartsWith(frames, "dev.crosswise.decision.DecisionService")) {
            return Part.OTHER_DECISION_CODE;
        }
        if (anyStartsWith(frames, "tools.jackson.") || anyStartsWith(frames, "com.fasterxml.jackson.")) {
            return Part.JSON;
        }
        if (anyStartsWith(frames, "graphql.") || anyStartsWith(frames, "org.springframework.graphql.")) {
            return Part.GRAPHQL;
        }
        return Part.HTTP;
    }

    private static boolean anyStartsWith(List<String> frames, String prefix) {
        for (String frame : frames) {
            if (frame.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The split as a table; with the service's CPU per decision (ms, from the same run) also each part's ms. */
    public static void print(Split split, Double cpuMsPerDecision, PrintStream out) {
        out.printf(Locale.ROOT, "Samples taken while decisions were served: %,d in %d s%n", split.total(), split.seconds());
        out.println(cpuMsPerDecision == null ? "| Part | share |\n|---|---:|"
                : "| Part | share | ms of CPU per decision |\n|---|---:|---:|");
        for (Part part : Part.values()) {
            double share = split.share(part);
            if (cpuMsPerDecision == null) {
                out.printf(Locale.ROOT, "| %s | %.1f %% |%n", part.label(), 100 * share);
            } else {
                out.printf(Locale.ROOT, "| %s | %.1f %% | %.2f |%n", part.label(), 100 * share, share * cpuMsPerDecision);
            }
        }
    }
}
