package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.aCustomer;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.like;
import static dev.crosswise.rules.Facts.suppressedBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/guardrails/price-range.drl: nothing far above what the customer usually pays. */
class PriceRangeRulesTest {

    @ParameterizedTest(name = "{0} at {1} EUR for a customer paying {2} EUR on average -> out of range: {3}")
    @CsvSource({
            "UPSELL,        449, 69,  true",
            "UPSELL,        276, 69,  false",
            "ECOSYSTEM,     399, 82,  true",
            "ECOSYSTEM,     399, 120, false",
            "REPLENISHMENT, 400, 20,  false",
            "UPSELL,        449, 0,   false",
    })
    void farAboveTheUsualPriceIsNoise(Strategy strategy, double price, double averagePrice, boolean outOfRange) {
        var candidate = like("X", strategy, "Y").price(price).build();
        var customer = averagePrice == 0 ? aCustomer().noPurchases().build() : aCustomer().averagePrice(averagePrice).build();

        var outcome = evaluate(Facts.request(), customer, candidate);

        assertThat(suppressedBy(outcome, candidate).contains("Stay in the customer's price range")).isEqualTo(outOfRange);
    }
}
