package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.givenAsGift;
import static dev.crosswise.rules.Facts.like;
import static dev.crosswise.rules.Facts.momentsOf;
import static dev.crosswise.rules.Facts.ownedDays;
import static dev.crosswise.rules.Facts.requestAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/timing/gift-giving.drl: giftable products, in the 45 days before 24 December, for those who gave gifts. */
class GiftGivingRulesTest {

    @ParameterizedTest(name = "giftable {0}, gift bought {1} days before {2} -> gift giving: {3}")
    @CsvSource({
            "true,  345, 2026-11-20T09:00:00Z, true",
            "true,  345, 2026-11-08T09:00:00Z, false",
            "true,  345, 2026-11-09T09:00:00Z, true",
            "true,  345, 2026-12-24T09:00:00Z, true",
            "true,  345, 2026-12-26T09:00:00Z, false",
            "true,  401, 2026-11-20T09:00:00Z, false",
            "false, 345, 2026-11-20T09:00:00Z, false",
    })
    void giftsForThoseWhoGive(boolean giftable, double giftDaysAgo, String at, boolean expected) {
        var giftSet = like("GIFT-SET", Strategy.ECOSYSTEM, "SERUM").giftable(giftable).build();

        var outcome = evaluate(requestAt(at), Facts.aCustomer().at(at).build(), giftSet, givenAsGift("CARD", giftDaysAgo));

        assertThat(momentsOf(outcome, giftSet).contains(Moment.GIFT_GIVING)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2026-11-20T09:00:00Z"})
    void aCustomerWhoNeverGaveAGiftIsNotAGiftGiver(String at) {
        var giftSet = like("GIFT-SET", Strategy.ECOSYSTEM, "SERUM").giftable(true).build();

        var outcome = evaluate(requestAt(at), Facts.aCustomer().at(at).build(), giftSet, ownedDays("SERUM", 40));

        assertThat(momentsOf(outcome, giftSet)).doesNotContain(Moment.GIFT_GIVING);
    }
}
