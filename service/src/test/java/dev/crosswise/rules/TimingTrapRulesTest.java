package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.candidate;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.ownedDays;
import static dev.crosswise.rules.Facts.suppressedBy;
import static dev.crosswise.rules.Facts.used;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Strategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/guardrails/timing-trap.drl: no evolution or upsell before the first purchase has delivered value. */
class TimingTrapRulesTest {

    static final String TRAP = "Timing trap: no next level or premium before the first purchase delivered value";

    @ParameterizedTest(name = "{0} from a product bought {1} days ago (usage {2}, other purchase {3} days ago) -> trapped: {4}")
    @CsvSource({
            "EVOLUTION,  2,  ,   ,    true",
            "UPSELL,     2,  ,   ,    true",
            "EVOLUTION, 29,  ,   ,    true",
            "EVOLUTION, 30,  ,   ,    false",
            "EVOLUTION,  2,  80, ,    false",
            "EVOLUTION,  2,  60, ,    true",
            "EVOLUTION,  2,  ,   200, false",
            "COMPLETION, 2,  ,   ,    false",
            "ECOSYSTEM,  2,  ,   ,    false",
    })
    void evolutionAndUpsellWaitForTheFirstValue(Strategy strategy, double daysSinceBought, Double usage,
                                                Double otherPurchaseDays, boolean trapped) {
        var next = candidate("NEXT", strategy, "FIRST");
        List<Object> facts = new ArrayList<>(List.of(Facts.request(), Facts.customer(dev.crosswise.rules.facts.Tier.BRONZE), next,
                usage == null ? ownedDays("FIRST", daysSinceBought) : used("FIRST", daysSinceBought, usage)));
        if (otherPurchaseDays != null) {
            facts.add(ownedDays("EARLIER", otherPurchaseDays));
        }

        var outcome = evaluate(facts);

        assertThat(suppressedBy(outcome, next).contains(TRAP)).isEqualTo(trapped);
    }

    @ParameterizedTest
    @CsvSource({"2, The customer's first purchase was 2 days ago; no upsell before 30 days of use"})
    void theReasonSaysWhenTheFirstPurchaseWas(double days, String expected) {
        var premium = candidate("PREMIUM", Strategy.UPSELL, "FIRST");

        var outcome = evaluate(Facts.request(), Facts.customer(dev.crosswise.rules.facts.Tier.BRONZE), premium,
                ownedDays("FIRST", days));

        assertThat(outcome.suppressions()).filteredOn(s -> s.getRule().equals(TRAP))
                .singleElement().satisfies(s -> assertThat(s.getReason()).isEqualTo(expected));
    }

    @ParameterizedTest
    @CsvSource({"UPSELL"})
    void aCustomerWhoBoughtNothingYetGetsNoUpsell(Strategy strategy) {
        var premium = candidate("PREMIUM", strategy, "VIEWED");

        var outcome = evaluate(Facts.request(), Facts.aCustomer().noPurchases().build(), premium);

        assertThat(suppressedBy(outcome, premium)).contains(TRAP);
    }

    @Test
    void anAnonymousVisitorIsNoCustomerWhoBoughtNothing() {
        var premium = candidate("PREMIUM", Strategy.UPSELL, "VIEWING");

        var outcome = evaluate(Facts.request(), premium); // no CustomerProfile: nobody is signed in

        assertThat(suppressedBy(outcome, premium)).doesNotContain(TRAP);
    }
}
