package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.like;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.ScoreFactor;
import dev.crosswise.rules.facts.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/scoring/business-levers.drl: margin and stock levers on the score. */
class BusinessLeversRulesTest {

    @ParameterizedTest(name = "margin {0}, stock {1} -> levers x{2}")
    @CsvSource({
            "0.45, 25, 1.0",
            "0.65, 25, 1.1",
            "0.70, 25, 1.1",
            "0.45, 9,  0.8",
            "0.45, 10, 1.0",
            "0.72, 8,  0.88",
            "0.45, 0,  1.0",
    })
    void marginAndStockLevers(double margin, long stock, double expected) {
        var candidate = like("X", Strategy.COMPLEMENT, "Y").margin(margin).stock(stock).build();

        var outcome = evaluate(Facts.request(), Facts.aCustomer().build(), candidate);

        double levers = outcome.scoreFactors().stream().filter(f -> f.appliesTo(candidate))
                .filter(f -> f.getRule().endsWith("lever"))
                .mapToDouble(ScoreFactor::getFactor).reduce(1.0, (a, b) -> a * b);
        assertThat(levers).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }
}
