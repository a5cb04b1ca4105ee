package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.candidate;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.momentsOf;
import static dev.crosswise.rules.Facts.supportResolved;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/timing/support-resolution.drl: 24 to 72 h after a case resolved with satisfaction 4+, the family. */
class SupportResolutionRulesTest {

    @ParameterizedTest(name = "{0} candidate, resolved {1} h ago with {2}/5 -> support resolution: {3}")
    @CsvSource({
            "ECOSYSTEM,  25, 5, true",
            "ECOSYSTEM,  24, 4, true",
            "ECOSYSTEM,  18, 5, false",
            "ECOSYSTEM,  73, 5, false",
            "ECOSYSTEM,  25, 3, false",
            "COMPLETION, 25, 5, false",
    })
    void aSatisfiedCustomerHearsAboutTheFamily(Strategy strategy, double hoursAgo, int satisfaction, boolean expected) {
        var outdoor = candidate("OUTDOOR", strategy, "STRIP");

        var outcome = evaluate(Facts.request(), Facts.aCustomer().build(), outdoor, supportResolved(hoursAgo, satisfaction));

        assertThat(momentsOf(outcome, outdoor).contains(Moment.SUPPORT_RESOLUTION)).isEqualTo(expected);
    }
}
