package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.like;
import static dev.crosswise.rules.Facts.momentsOf;
import static dev.crosswise.rules.Facts.requestAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/timing/seasonal.drl: a season's products in the 21 days before it starts and the 21 days after. */
class SeasonalRulesTest {

    @ParameterizedTest(name = "{0} product on {1} -> seasonal: {2}")
    @CsvSource({
            "WINTER, 2026-11-20T09:00:00Z, true",
            "WINTER, 2026-11-09T09:00:00Z, false",
            "WINTER, 2026-11-10T09:00:00Z, true",
            "WINTER, 2026-12-20T09:00:00Z, true",
            "WINTER, 2027-01-10T09:00:00Z, false",
            "WINTER, 2027-02-20T09:00:00Z, false",
            "SUMMER, 2026-05-25T09:00:00Z, true",
            "SUMMER, 2026-11-20T09:00:00Z, false",
            "AUTUMN, 2026-11-20T09:00:00Z, false",
            ",       2026-11-20T09:00:00Z, false",
    })
    void theSeasonIsChanging(String season, String at, boolean expected) {
        var coat = like("COAT", Strategy.COMPLEMENT, "TROUSERS").season(season).build();

        var outcome = evaluate(requestAt(at), Facts.aCustomer().at(at).build(), coat);

        assertThat(momentsOf(outcome, coat).contains(Moment.SEASONAL)).isEqualTo(expected);
    }
}
