package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.aCustomer;
import static dev.crosswise.rules.Facts.candidate;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.tierChanged;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Tier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/loyalty/tiers.drl: the tier earned from points or spend, the tier the customer counts as, "just reached". */
class LoyaltyTiersRulesTest {

    @ParameterizedTest(name = "held {0}, {1} points, {2} EUR spent -> counts as {3}")
    @CsvSource({
            "BRONZE,    0,    0,     BRONZE",
            "BRONZE,  499,  999,     BRONZE",
            "BRONZE,  500,    0,     SILVER",
            "BRONZE,    0, 1000,     SILVER",
            "SILVER, 2600, 2050,     GOLD",
            "GOLD,    100,  100,     GOLD",
            "SILVER, 9100,    0,     PLATINUM",
            "BRONZE,    0, 10000,    PLATINUM",
    })
    void theCustomerCountsAsTheHigherOfHeldAndEarned(Tier held, long points, double spend, Tier expected) {
        var outcome = evaluate(Facts.request(), aCustomer().tier(held).points(points).spend(spend).build(),
                candidate("X", Strategy.COMPLETION, "Y"));

        assertThat(outcome.loyaltyTier()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "held {0}, {1} points, tier change to {2} {3} days ago -> milestone {4}")
    @CsvSource({
            "GOLD,   2600, GOLD,   2,  true",
            "GOLD,   2600, GOLD,   14, true",
            "GOLD,   2600, GOLD,   15, false",
            "SILVER, 2700, ,       ,   true",
            "SILVER, 1200, ,       ,   false",
            "SILVER, 1200, GOLD,   2,  false",
    })
    void aTierJustReachedIsAMilestone(Tier held, long points, Tier changedTo, Double daysAgo, boolean milestone) {
        var serum = Facts.like("SERUM-LUX", Strategy.ECOSYSTEM, "SERUM").minTier(Tier.GOLD).build();
        var facts = new java.util.ArrayList<Object>(java.util.List.of(Facts.request(),
                aCustomer().tier(held).points(points).build(), serum));
        if (changedTo != null) {
            facts.add(tierChanged(changedTo, daysAgo));
        }

        var outcome = evaluate(facts);

        assertThat(Facts.momentsOf(outcome, serum).contains(dev.crosswise.rules.facts.Moment.LOYALTY_MILESTONE))
                .isEqualTo(milestone);
    }
}
