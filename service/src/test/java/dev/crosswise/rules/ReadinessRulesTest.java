package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.aCustomer;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.givenAsGift;
import static dev.crosswise.rules.Facts.like;
import static dev.crosswise.rules.Facts.ownedDays;
import static dev.crosswise.rules.Facts.requestAt;
import static dev.crosswise.rules.Facts.suppressedBy;
import static dev.crosswise.rules.Facts.used;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Strategy;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/guardrails/readiness.drl: evolution waits until the customer is ready; replenishment until it runs out. */
class ReadinessRulesTest {

    static final String NOT_READY = "Evolution waits until the customer is ready";
    static final String NOT_DUE = "Replenish only when it runs out";

    @ParameterizedTest(name = "next level after a product owned {0} days, used {1} % -> ready: {2}")
    @CsvSource({
            "100, 82,  true",
            "100, 75,  true",
            "100, 74,  false",
            "100, ,    false",
            "180, ,    true",
            "179, 10,  false",
    })
    void theNextLevelNeedsUsageOrTenure(double daysOwned, Double usage, boolean ready) {
        var next = Facts.candidate("TEMPO", Strategy.EVOLUTION, "STARTER");

        var outcome = evaluate(Facts.request(), aCustomer().build(), next,
                usage == null ? ownedDays("STARTER", daysOwned) : used("STARTER", daysOwned, usage));

        assertThat(suppressedBy(outcome, next).contains(NOT_READY)).isEqualTo(!ready);
    }

    @ParameterizedTest(name = "size for ages {0}-{1}, child born {2}, in 2026 -> ready: {3}")
    @CsvSource({
            "6, 7, 2019, true",
            "7, 9, 2019, true",
            "8, 9, 2019, false",
            "4, 5, 2019, false",
    })
    void theNextSizeNeedsAChildOfThatAge(int from, int to, int born, boolean ready) {
        var size = like("SIZE-31", Strategy.EVOLUTION, "SIZE-28").ageRange(from, to).build();

        // Owned for years: tenure alone never makes a sized product ready.
        var outcome = evaluate(Facts.request(), aCustomer().children(born).build(), size, ownedDays("SIZE-28", 600));

        assertThat(suppressedBy(outcome, size).contains(NOT_READY)).isEqualTo(!ready);
    }

    @ParameterizedTest(name = "consumable lasting {0} days, bought {1} days ago -> due: {2}")
    @CsvSource({
            "90, 172, true",
            "90,  83, true",
            "90,  82, false",
            "60,  10, false",
    })
    void aConsumableIsDueWhenItsCycleIsNearlyOver(int cycleDays, double daysAgo, boolean due) {
        var socks = like("SOCKS", Strategy.REPLENISHMENT, "SOCKS").consumable(true).cycleDays(cycleDays).build();

        var outcome = evaluate(Facts.request(), aCustomer().build(), socks, ownedDays("SOCKS", daysAgo));

        assertThat(suppressedBy(outcome, socks).contains(NOT_DUE)).isEqualTo(!due);
        assertThat(suppressedBy(outcome, socks)).doesNotContain("Never offer what the customer owns");
        assertThat(outcome.notes()).filteredOn(n -> n.getCandidate() == socks && n.getKind().equals("MOMENT"))
                .hasSize(due ? 1 : 0);
    }

    @ParameterizedTest(name = "repeat purchase of a 100-day cycle, bought {0} days ago, learned wait {1} -> due: {2}")
    @CsvSource({
            "1,  0.0,  true",
            "49, 0.5,  false",
            "50, 0.5,  true",
            // the shop's orders could not tell: the analysts' 'repeat purchase due share' (0.25) decides
            "24, ,     false",
            "25, ,     true",
    })
    void aRepeatPurchaseIsDueOnceTheShopsBuyersUsuallyBuyItAgain(double daysAgo, Double dueShare, boolean due) {
        var milk = like("MILK", Strategy.REPLENISHMENT, "MILK").traversal("repeat-purchase").cycleDays(100)
                .dueShare(dueShare).build();

        var outcome = evaluate(Facts.request(), aCustomer().build(), milk, ownedDays("MILK", daysAgo));

        assertThat(suppressedBy(outcome, milk).contains(NOT_DUE)).isEqualTo(!due);
    }

    @ParameterizedTest(name = "gift given {0} days before {1} -> due: {2}")
    @CsvSource({
            "345, 2026-11-20T09:00:00Z, true",
            "200, 2026-11-20T09:00:00Z, false",
            "345, 2026-09-20T09:00:00Z, false",
    })
    void aGiftComesRoundAgainInTheGiftSeason(double daysAgo, String at, boolean due) {
        var giftSet = like("GIFT-SET", Strategy.REPLENISHMENT, "GIFT-SET").giftable(true).build();

        var outcome = evaluate(List.of(requestAt(at), aCustomer().at(at).build(), giftSet, givenAsGift("GIFT-SET", daysAgo)));

        assertThat(suppressedBy(outcome, giftSet).contains(NOT_DUE)).isEqualTo(!due);
    }
}
