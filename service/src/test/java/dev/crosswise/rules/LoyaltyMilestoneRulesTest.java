package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.aCustomer;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.like;
import static dev.crosswise.rules.Facts.momentsOf;
import static dev.crosswise.rules.Facts.tierChanged;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Tier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/timing/loyalty-milestone.drl: a tier just reached times its exclusive items and, from Gold, new launches. */
class LoyaltyMilestoneRulesTest {

    @ParameterizedTest(name = "reached {0}: item for {1}, launched {2} days ago -> milestone: {3}")
    @CsvSource({
            "GOLD,     GOLD,     1000, true",
            "PLATINUM, GOLD,     1000, true",
            "SILVER,   GOLD,     1000, false",
            "GOLD,     PLATINUM, 1000, false",
            "GOLD,     ,         10,   true",
            "SILVER,   ,         10,   false",
            "GOLD,     ,         1000, false",
    })
    void whatATierJustReachedUnlocks(Tier reached, Tier minTier, double daysSinceLaunch, boolean expected) {
        var item = like("ITEM", Strategy.ECOSYSTEM, "OWNED").minTier(minTier).daysSinceLaunch(daysSinceLaunch).build();

        var outcome = evaluate(Facts.request(), aCustomer().tier(reached).build(), item, tierChanged(reached, 2));

        assertThat(momentsOf(outcome, item).contains(Moment.LOYALTY_MILESTONE)).isEqualTo(expected);
    }
}
