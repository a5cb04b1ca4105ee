package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.like;
import static dev.crosswise.rules.Facts.suppressedBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Strategy;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/guardrails/stock-and-margin.drl: nothing out of stock, nothing below the margin floor. */
class StockAndMarginRulesTest {

    /** An empty stock or margin: the shop has not said (a history imported before its catalog). */
    @ParameterizedTest(name = "stock {0}, margin {1} -> suppressed by \"{2}\"")
    @CsvSource({
            "10, 0.45, ''",
            "0,  0.45, Never offer what is out of stock",
            "-1, 0.45, Never offer what is out of stock",
            "10, 0.10, ''",
            "10, 0.08, Keep above the margin floor",
            "  , 0.45, ''",
            "10,     , ''",
            "  ,     , ''",
            "0,      , Never offer what is out of stock",
            "  , 0.08, Keep above the margin floor",
    })
    void stockAndMarginFloors(Long stock, Double margin, String expectedRule) {
        var candidate = like("MAT", Strategy.COMPLETION, "DESK").stock(stock).margin(margin).build();

        var outcome = evaluate(Facts.request(), Facts.aCustomer().build(), candidate);

        assertThat(suppressedBy(outcome, candidate))
                .containsExactlyElementsOf(expectedRule.isEmpty() ? List.of() : List.of(expectedRule));
    }
}
