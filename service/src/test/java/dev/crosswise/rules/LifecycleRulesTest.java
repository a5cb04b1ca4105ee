package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.aCustomer;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.like;
import static dev.crosswise.rules.Facts.momentsOf;
import static dev.crosswise.rules.Facts.ownedDays;
import static dev.crosswise.rules.Facts.requestAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/timing/lifecycle.drl: a child grows into the next size (age this year within the size's range). */
class LifecycleRulesTest {

    @ParameterizedTest(name = "size for {0}-{1}, children born {2}, in {3} -> lifecycle: {4}")
    @CsvSource({
            "6, 7, 2019,      2026-11-20T09:00:00Z, true",
            "6, 7, 2019,      2025-11-20T09:00:00Z, true",
            "6, 7, 2019,      2024-11-20T09:00:00Z, false",
            "7, 9, 2015 2019, 2026-11-20T09:00:00Z, true",
            "7, 9, 2015,      2026-11-20T09:00:00Z, false",
            "7, 9, ,          2026-11-20T09:00:00Z, false",
    })
    void aChildGrowsIntoTheNextSize(int from, int to, String births, String at, boolean expected) {
        var bike = like("BIKE-20", Strategy.EVOLUTION, "BIKE-16").ageRange(from, to).build();
        var customer = aCustomer().at(at);
        if (births != null) {
            customer.children(java.util.Arrays.stream(births.split(" ")).map(Integer::valueOf).toArray(Integer[]::new));
        }

        var outcome = evaluate(requestAt(at), customer.build(), bike, ownedDays("BIKE-16", 900));

        assertThat(momentsOf(outcome, bike).contains(Moment.LIFECYCLE)).isEqualTo(expected);
    }
}
