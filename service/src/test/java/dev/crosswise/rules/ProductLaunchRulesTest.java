package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.like;
import static dev.crosswise.rules.Facts.momentsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/timing/product-launch.drl: a family member launched within 30 days is news. */
class ProductLaunchRulesTest {

    @ParameterizedTest(name = "{0} launched {1} days ago -> launch: {2}")
    @CsvSource({
            "ECOSYSTEM,  10, true",
            "ECOSYSTEM,  30, true",
            "ECOSYSTEM,  31, false",
            "ECOSYSTEM,  -1, false",
            "COMPLEMENT, 10, false",
    })
    void newInAFamilyTheCustomerOwns(Strategy strategy, double daysSinceLaunch, boolean expected) {
        var gradient = like("GRADIENT", strategy, "STARTER").daysSinceLaunch(daysSinceLaunch).build();

        var outcome = evaluate(Facts.request(), Facts.aCustomer().build(), gradient);

        assertThat(momentsOf(outcome, gradient).contains(Moment.PRODUCT_LAUNCH)).isEqualTo(expected);
    }
}
