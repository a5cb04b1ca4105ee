package dev.crosswise.bench.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivityGeneratorTest {

    static final GeneratorSettings GRAPH = GeneratorSettings.full(7).withCustomers(3_000).withProducts(200);

    @Test
    void theSameSeedGivesTheSameTrafficAndTheBaseGraphStaysTheSame() {
        GraphGenerator graph = new GraphGenerator(GRAPH);
        CustomerRows before = graph.customer(42);
        var a = new ActivityGenerator(graph, ActivitySettings.DEFAULT);
        var b = new ActivityGenerator(new GraphGenerator(GRAPH), ActivitySettings.DEFAULT);
        for (int i = 0; i < 200; i++) {
            assertThat(a.customer(i)).isEqualTo(b.customer(i));
        }
        assertThat(graph.customer(42)).isEqualTo(before);
    }

    @Test
    void aShareOfCustomersGetDecisionsOfFiveActionsWithResponsesAtAFewPercentAndSomePurchases() {
        var activity = new ActivityGenerator(new GraphGenerator(GRAPH), ActivitySettings.DEFAULT);
        ZonedDateTime reference = GRAPH.reference().atZone(java.time.ZoneOffset.UTC);
        ZonedDateTime earliest = reference.minusDays(ActivitySettings.DEFAULT.days());
        int shown = 0;
        long decisions = 0;
        long exposures = 0;
        Map<Object, Integer> responses = new HashMap<>();
        long purchases = 0;
        long returned = 0;
        Set<Object> ids = new HashSet<>();
        for (int i = 0; i < GRAPH.customers(); i++) {
            ActivityRows rows = activity.customer(i);
            if (!rows.decisions().isEmpty()) {
                shown++;
            }
            Map<Object, ZonedDateTime> decidedAt = new HashMap<>();
            for (Map<String, Object> d : rows.decisions()) {
                ZonedDateTime at = (ZonedDateTime) props(d).get("at");
                assertThat(at).isBetween(earliest, reference);
                decidedAt.put(d.get("id"), at);
                decisions++;
                List<?> offered = (List<?>) d.get("offered");
                assertThat(offered).hasSizeBetween(1, 5);
                exposures += offered.size();
                assertThat(ids.add(d.get("id"))).isTrue();
            }
            for (Map<String, Object> r : rows.responses()) {
                ZonedDateTime at = (ZonedDateTime) props(r).get("at");
                assertThat(at).isAfterOrEqualTo(decidedAt.get(r.get("decision"))).isBeforeOrEqualTo(reference);
                responses.merge(props(r).get("type"), 1, Integer::sum);
                assertThat(ids.add(r.get("id"))).isTrue();
            }
            for (Map<String, Object> p : rows.purchases()) {
                assertThat((ZonedDateTime) props(p).get("at")).isBefore(reference);
                purchases++;
                returned += Boolean.TRUE.equals(props(p).get("returned")) ? 1 : 0;
                assertThat(ids.add(p.get("id"))).isTrue();
            }
        }
        assertThat(shown).isBetween(500, 700); // a fifth of 3 000
        assertThat((double) decisions / shown).isBetween(3.5, 4.5);
        assertThat((double) exposures / decisions).isBetween(4.0, 5.0);
        assertThat(share(responses.get("CLICKED"), exposures)).isBetween(0.03, 0.05);
        assertThat(share(responses.get("ACCEPTED"), exposures)).isBetween(0.007, 0.017);
        assertThat(share(responses.get("DISMISSED"), exposures)).isBetween(0.02, 0.04);
        assertThat(share(responses.get("SHOWN"), exposures)).isBetween(0.5, 0.8);
        assertThat(purchases).isPositive();
        assertThat(returned).isPositive().isLessThan(purchases / 5);
    }

    private static double share(Integer count, long of) {
        return count == null ? 0 : (double) count / of;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> row) {
        return (Map<String, Object>) row.get("props");
    }
}
