package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.candidate;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.owned;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Timing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/timing/post-purchase.drl: completion is timely in the 48 h after the anchor was bought. */
class PostPurchaseRulesTest {

    @ParameterizedTest(name = "{0} bought {1} h ago -> post-purchase moment: {2}")
    @CsvSource({
            "COMPLETION, 0,    true",
            "COMPLETION, 23,   true",
            "COMPLETION, 48,   true",
            "COMPLETION, 48.5, false",
            "COMPLETION, 200,  false",
            "ECOSYSTEM,  10,   false",
    })
    void postPurchaseWindow(Strategy strategy, double hoursSincePurchase, boolean expected) {
        var candidate = candidate("TROUSERS", strategy, "BLAZER");

        var outcome = evaluate(Facts.request(), candidate, owned("BLAZER", hoursSincePurchase));

        assertThat(outcome.timings())
                .filteredOn(t -> t.getMoment() == Moment.POST_PURCHASE && t.getCandidate() == candidate)
                .hasSize(expected ? 1 : 0);
    }

    @ParameterizedTest
    @CsvSource({"10, 10 h ago", "47.6, 48 h ago"})
    void theReasonSaysHowLongAgoAndTheWindow(double hoursSincePurchase, String expectedText) {
        var outcome = evaluate(Facts.request(), candidate("TROUSERS", Strategy.COMPLETION, "BLAZER"),
                owned("BLAZER", hoursSincePurchase));

        Timing timing = outcome.timings().getFirst();
        assertThat(timing.getRule()).isEqualTo("Post-purchase: complete what was just bought");
        assertThat(timing.getText()).contains(expectedText).contains("48 h post-purchase window");
        assertThat(timing.getWeight()).isGreaterThan(1.0);
    }
}
