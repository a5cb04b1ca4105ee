package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.like;
import static dev.crosswise.rules.Facts.momentsOf;
import static dev.crosswise.rules.Facts.view;
import static dev.crosswise.rules.Facts.visit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/timing/second-visit.drl: a returning visitor browsing the same area as on an earlier visit. */
class SecondVisitRulesTest {

    @ParameterizedTest(name = "visit {0} h ago, view now in {1}, earlier view in {2} {3} h ago -> second visit: {4}")
    @CsvSource({
            "1,   running-shoes, running-shoes, 64,  true",
            "1,   running-shoes, running-shoes, 12,  true",
            "1,   running-shoes, running-shoes, 11,  false",
            "1,   running-shoes, running-shoes, 800, false",
            "1,   running-shoes, bulbs,         64,  false",
            "1,   bulbs,         running-shoes, 64,  false",
            "3,   running-shoes, running-shoes, 64,  false",
    })
    void backInTheSameArea(double visitHoursAgo, String categoryNow, String categoryBefore, double earlierHoursAgo,
                           boolean expected) {
        var carbon = like("CARBON", Strategy.UPSELL, "TEMPO").category("running-shoes").build();
        List<Object> facts = new ArrayList<>(List.of(Facts.request(), Facts.aCustomer().build(), carbon,
                visit(visitHoursAgo), view("NOW", categoryNow, Math.max(0, visitHoursAgo - 0.9)),
                view("BEFORE", categoryBefore, earlierHoursAgo)));

        var outcome = evaluate(facts);

        assertThat(momentsOf(outcome, carbon).contains(Moment.SECOND_VISIT)).isEqualTo(expected);
    }
}
