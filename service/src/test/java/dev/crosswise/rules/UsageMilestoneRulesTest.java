package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.candidate;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.momentsOf;
import static dev.crosswise.rules.Facts.ownedDays;
import static dev.crosswise.rules.Facts.usageReport;
import static dev.crosswise.rules.Facts.used;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/timing/usage-milestone.drl: usage of 75 %+ (on the ownership or a usage event) times the next level. */
class UsageMilestoneRulesTest {

    @ParameterizedTest(name = "{0}: ownership usage {1}, usage report {2} -> milestone: {3}")
    @CsvSource({
            "EVOLUTION,  82, ,   true",
            "EVOLUTION,  75, ,   true",
            "EVOLUTION,  74, ,   false",
            "EVOLUTION,    , 90, true",
            "EVOLUTION,    , 50, false",
            "COMPLEMENT, 82, ,   false",
    })
    void theNextLevelAfterHeavyUse(Strategy strategy, Double ownershipUsage, Double reported, boolean expected) {
        var tempo = candidate("TEMPO", strategy, "STARTER");
        List<Object> facts = new ArrayList<>(List.of(Facts.request(), Facts.aCustomer().build(), tempo,
                ownershipUsage == null ? ownedDays("STARTER", 100) : used("STARTER", 100, ownershipUsage)));
        if (reported != null) {
            facts.add(usageReport("STARTER", reported, 30));
        }

        var outcome = evaluate(facts);

        assertThat(momentsOf(outcome, tempo).contains(Moment.USAGE_MILESTONE)).isEqualTo(expected);
    }
}
