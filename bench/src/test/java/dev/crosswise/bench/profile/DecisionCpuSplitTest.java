package dev.crosswise.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.bench.profile.DecisionCpuSplit.Part;
import dev.crosswise.bench.profile.DecisionCpuSplit.Sample;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionCpuSplitTest {

    private static final String REQUEST = "http-nio-18083-exec-3";
    private static final List<String> SERVLET = List.of("org.apache.catalina.core.ApplicationFilterChain.doFilter",
            "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run");
    private static final List<String> GRAPHQL = frames("graphql.execution.ExecutionStrategy.fetchField",
            "org.springframework.graphql.server.webmvc.GraphQlHttpHandler.handleRequest");
    private static final List<String> DECISION = frames("dev.crosswise.decision.DecisionService.whatNext",
            "dev.crosswise.decision.DecisionController.whatNext", "graphql.execution.ExecutionStrategy.fetchField");

    @Test
    void aRequestThreadsSampleBelongsToTheInnermostStageOfTheDecision() {
        assertThat(DecisionCpuSplit.partOf(REQUEST, frames("org.drools.core.phreak.PhreakJoinNode.doNode",
                "org.drools.kiesession.agenda.DefaultAgenda.fireAllRules", "dev.crosswise.rules.RuleEngine.evaluate",
                "dev.crosswise.decision.DecisionService.decideTimed"))).isEqualTo(Part.RULES);
        assertThat(DecisionCpuSplit.partOf(REQUEST, with("java.util.HashMap.get",
                "dev.crosswise.decision.CustomerContextReader.candidates", DECISION))).isEqualTo(Part.CONTEXT_READ);
        assertThat(DecisionCpuSplit.partOf(REQUEST, with("org.neo4j.driver.internal.value.MapValue.get", "x.y", DECISION)))
                .isEqualTo(Part.CONTEXT_READ);
        assertThat(DecisionCpuSplit.partOf(REQUEST, with("java.util.TimSort.sort",
                "dev.crosswise.decision.Arbitration.rank", DECISION))).isEqualTo(Part.ARBITRATION);
        assertThat(DecisionCpuSplit.partOf(REQUEST, with("java.util.UUID.randomUUID", "x.y", DECISION)))
                .isEqualTo(Part.OTHER_DECISION_CODE);
        assertThat(DecisionCpuSplit.partOf(REQUEST, with("tools.jackson.core.json.UTF8JsonGenerator.writeString",
                "org.springframework.http.converter.AbstractHttpMessageConverter.write", GRAPHQL))).isEqualTo(Part.JSON);
        assertThat(DecisionCpuSplit.partOf(REQUEST, GRAPHQL)).isEqualTo(Part.GRAPHQL);
        assertThat(DecisionCpuSplit.partOf(REQUEST, SERVLET)).isEqualTo(Part.HTTP);
    }

    @Test
    void neo4jsAndTheDriversThreadsAreTheirOwnParts() {
        assertThat(DecisionCpuSplit.partOf("neo4j.BoltWorker-4 [bolt-17]", SERVLET)).isEqualTo(Part.NEO4J_BOLT_WORKER);
        assertThat(DecisionCpuSplit.partOf("neo4j.BoltNetworkIO-2", SERVLET)).isEqualTo(Part.NEO4J_NETWORK);
        assertThat(DecisionCpuSplit.partOf("Neo4jDriverIO-2-1", SERVLET)).isEqualTo(Part.DRIVER_IO);
        assertThat(DecisionCpuSplit.partOf("C2 CompilerThread0", SERVLET)).isEqualTo(Part.OTHER);
    }

    @Test
    void onlySecondsServingDecisionsWithoutACompileCount() {
        List<Sample> samples = new ArrayList<>();
        // second 1: decisions (5 request samples) and their Bolt reads
        for (int i = 0; i < 5; i++) {
            samples.add(new Sample(1, REQUEST, GRAPHQL));
        }
        samples.add(new Sample(1, "neo4j.BoltWorker-1", SERVLET));
        // second 2: the peer's queries over Bolt alone, no request thread: not a decision's
        samples.add(new Sample(2, "neo4j.BoltWorker-1", SERVLET));
        samples.add(new Sample(2, "neo4j.BoltWorker-2", SERVLET));
        // second 3: decisions during a reload's compile: left out, the compile is not a decision's cost
        for (int i = 0; i < 5; i++) {
            samples.add(new Sample(3, REQUEST, SERVLET));
        }
        samples.add(new Sample(3, "rules-compile-1", SERVLET));
        // second 4: a stray request (a health check) among Bolt work: too few request samples to count
        samples.add(new Sample(4, REQUEST, SERVLET));
        samples.add(new Sample(4, "neo4j.BoltWorker-1", SERVLET));

        var split = DecisionCpuSplit.split(samples);

        assertThat(split.seconds()).isEqualTo(1);
        assertThat(split.total()).isEqualTo(6);
        assertThat(split.share(Part.GRAPHQL)).isEqualTo(5 / 6.0);
        assertThat(split.share(Part.NEO4J_BOLT_WORKER)).isEqualTo(1 / 6.0);
        assertThat(split.share(Part.HTTP)).isZero();
    }

    @Test
    void printsEachPartsShareAndWithTheRunsCpuPerDecisionItsMilliseconds() {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            samples.add(new Sample(1, REQUEST, GRAPHQL));
        }
        for (int i = 0; i < 2; i++) {
            samples.add(new Sample(1, REQUEST, SERVLET));
        }
        var printed = new ByteArrayOutputStream();

        DecisionCpuSplit.print(DecisionCpuSplit.split(samples), 2.0, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("| " + Part.GRAPHQL.label() + " | 60.0 % | 1.20 |")
                .contains("| " + Part.HTTP.label() + " | 40.0 % | 0.80 |")
                .contains("| " + Part.RULES.label() + " | 0.0 % | 0.00 |");
    }

    private static List<String> frames(String... frames) {
        List<String> all = new ArrayList<>(List.of(frames));
        all.addAll(SERVLET);
        return all;
    }

    private static List<String> with(String leaf, String caller, List<String> below) {
        List<String> all = new ArrayList<>(List.of(leaf, caller));
        all.addAll(below);
        return all;
    }
}
