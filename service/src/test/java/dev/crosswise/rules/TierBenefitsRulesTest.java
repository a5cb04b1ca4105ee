package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.aCustomer;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.like;
import static dev.crosswise.rules.Facts.suppressedBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Note;
import dev.crosswise.rules.facts.ScoreFactor;
import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Tier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/loyalty/tier-benefits.drl: tier-gated items, the "unlocked" note, and the tier weighting of scores. */
class TierBenefitsRulesTest {

    @ParameterizedTest(name = "{0} customer, item for {1} -> reserved: {2}, unlocked note: {3}")
    @CsvSource({
            "BRONZE,   GOLD, true,  false",
            "SILVER,   GOLD, true,  false",
            "GOLD,     GOLD, false, true",
            "PLATINUM, GOLD, false, true",
            "BRONZE,   ,     false, false",
    })
    void itemsReservedForATierAreHeldBackBelowIt(Tier tier, Tier minTier, boolean reserved, boolean unlocked) {
        var serum = like("SERUM-LUX", Strategy.ECOSYSTEM, "SERUM").minTier(minTier).build();

        var outcome = evaluate(Facts.request(), aCustomer().tier(tier).build(), serum);

        assertThat(suppressedBy(outcome, serum).contains("Reserved for a higher tier")).isEqualTo(reserved);
        assertThat(outcome.notes()).filteredOn(n -> n.getCandidate() == serum)
                .extracting(Note::getRule)
                .containsExactlyElementsOf(unlocked ? java.util.List.of("Unlocked by the customer's tier") : java.util.List.of());
    }

    @ParameterizedTest(name = "{0} -> score factor {1}")
    @CsvSource({"BRONZE, 1.0", "SILVER, 1.0", "GOLD, 1.1", "PLATINUM, 1.2"})
    void everyScoreIsWeightedByTier(Tier tier, double expectedFactor) {
        var candidate = Facts.candidate("X", Strategy.COMPLETION, "Y");

        var outcome = evaluate(Facts.request(), aCustomer().tier(tier).build(), candidate);

        double factor = outcome.scoreFactors().stream().filter(f -> f.appliesTo(candidate))
                .filter(f -> f.getRule().equals("Loyalty weighting by tier"))
                .mapToDouble(ScoreFactor::getFactor).reduce(1.0, (a, b) -> a * b);
        assertThat(factor).isEqualTo(expectedFactor);
    }
}
