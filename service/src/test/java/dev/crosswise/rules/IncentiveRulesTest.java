package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.NOW;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.inCart;
import static dev.crosswise.rules.Facts.like;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.DecisionRequest;
import dev.crosswise.rules.facts.Exposure;
import dev.crosswise.rules.facts.Incentive;
import dev.crosswise.rules.facts.IncentiveRefused;
import dev.crosswise.rules.facts.PromotionOffer;
import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rules/incentives/*.drl and rules/guardrails/incentives.drl: which running promotions are open to the customer, when
 * a discount or a gift is attached, and when the margin floor, the discount cap or a gift out of stock refuses it.
 */
class IncentiveRulesTest {

    private static final Candidate TIE = like("TIE", Strategy.COMPLEMENT, "BLAZER").price(40).margin(0.5).build();

    @ParameterizedTest(name = "promotion for {0} on {1}; customer {2} asks on {3} -> attached: {4}")
    @CsvSource({
            ",      ,       BRONZE, ,      true",
            "GOLD,  ,       SILVER, ,      false",
            "GOLD,  ,       GOLD,   ,      true",
            "GOLD,  ,       PLATINUM, ,    true",
            ",      EMAIL,  BRONZE, ,      false",
            ",      EMAIL,  BRONZE, EMAIL, true",
            ",      EMAIL,  BRONZE, WEB,   false",
    })
    void aDiscountIsAttachedOnTheCartPageWhenThePromotionIsOpenToTheCustomer(Tier minTier, Channel only, Tier tier,
                                                                              Channel asked, boolean attached) {
        var offer = new PromotionOffer("P-1", "Test week", "TIE", 40, 30, 0.33, true, 100, minTier,
                only == null ? Set.of() : Set.of(only));

        var outcome = evaluate(cartPage(asked), Facts.aCustomer().tier(tier).build(), inCart("BLAZER"), TIE, offer);

        assertThat(outcome.incentives()).hasSize(attached ? 1 : 0);
        if (attached) {
            Incentive incentive = outcome.incentives().getFirst();
            assertThat(incentive.getRule()).isEqualTo("Discount: what goes with the cart being looked at");
            assertThat(incentive.getCandidate()).isSameAs(TIE);
            assertThat(incentive.getPrice()).isEqualTo(30);
            assertThat(incentive.getSaving()).isEqualTo(10);
        }
    }

    @Test
    void withoutAMomentOrACartPageNoDiscountIsAttached() {
        var offer = new PromotionOffer("P-1", "Test week", "TIE", 40, 30, 0.33, true, 100, null, Set.of());

        var outcome = evaluate(Facts.request(), Facts.aCustomer().build(), TIE, offer);

        assertThat(outcome.incentives()).isEmpty();
    }

    @ParameterizedTest(name = "margin after the discount {0} -> refused: {1}")
    @CsvSource({"0.33, false", "0.10, false", "0.09, true", "-0.2, true"})
    void theMarginFloorJudgesThePriceAfterTheDiscount(double marginAfter, boolean refused) {
        var offer = new PromotionOffer("P-DEEP", "Deep cut", "TIE", 40, 30, marginAfter, true, 100, null, Set.of());

        var outcome = evaluate(cartPage(null), Facts.aCustomer().build(), inCart("BLAZER"), TIE, offer);

        assertThat(refusals(outcome)).isEqualTo(refused ? List.of("Keep above the margin floor after a discount") : List.of());
        if (refused) {
            assertThat(outcome.refusedIncentives().getFirst().getReason()).contains("Promotion P-DEEP (Deep cut)")
                    .contains("below the 10 % floor");
        }
    }

    @ParameterizedTest(name = "gift stock {0}, margin after its cost {1} -> refused by: {2}")
    @CsvSource(nullValues = "none", value = {
            "10,   0.30, none",
            "none, 0.30, none",
            "0,    0.30, Never give a gift that is out of stock",
            "10,   0.05, Keep above the margin floor after a discount"})
    void aGiftComesWithItsProductWithoutAMomentUnlessItIsOutOfStockOrCostsTheMarginBelowTheFloor(Long giftStock,
                                                                                                 double marginAfter,
                                                                                                 String refusedBy) {
        var gift = PromotionOffer.gift("P-GIFT", "Tie gift", "TIE", 40, marginAfter, true, 100, null, Set.of(),
                "SCARF", "Silk scarf", 15, giftStock);

        var outcome = evaluate(Facts.request(), Facts.aCustomer().build(), TIE, gift);

        assertThat(outcome.incentives()).singleElement().satisfies(incentive -> {
            assertThat(incentive.getKind()).isEqualTo("GIFT");
            assertThat(incentive.getRule()).isEqualTo("Gift: a gift with the purchase");
            assertThat(incentive.getPrice()).isEqualTo(40);
            assertThat(incentive.getSaving()).isEqualTo(15);
            assertThat(incentive.getSkus()).containsExactly("TIE", "SCARF");
        });
        assertThat(refusals(outcome)).isEqualTo(refusedBy == null ? List.of() : List.of(refusedBy));
    }

    @Test
    void aGiftPromotionIsNoDiscount() {
        var gift = PromotionOffer.gift("P-GIFT", "Tie gift", "TIE", 40, 0.3, true, 100, null, Set.of(), "SCARF",
                "Silk scarf", 15, 10L);

        var outcome = evaluate(cartPage(null), Facts.aCustomer().build(), inCart("BLAZER"), TIE, gift);

        assertThat(outcome.incentives()).extracting(Incentive::getKind).containsExactly("GIFT");
    }

    @ParameterizedTest(name = "offered {0} EUR {1} days ago, now 10 EUR -> refused: {2}")
    @CsvSource({"0, 1, false", "45, 1, false", "50, 1, false", "55, 1, true", "55, 29, true", "55, 31, false"})
    void theDiscountsOfAPeriodAreCappedPerCustomer(double offered, double daysAgo, boolean refused) {
        var offer = new PromotionOffer("P-1", "Test week", "TIE", 40, 30, 0.33, true, 100, null, Set.of());
        List<Object> facts = new ArrayList<>(List.of(cartPage(null), Facts.aCustomer().build(), inCart("BLAZER"), TIE, offer));
        facts.add(new Exposure("D-1", "OTHER", Channel.EMAIL, Strategy.COMPLETION, daysAgo * 24, offered));

        var outcome = evaluate(facts);

        assertThat(refusals(outcome)).isEqualTo(refused ? List.of("Cap the discounts a customer is offered per period") : List.of());
    }

    @Test
    void inACartBelowTheThresholdTheCheapestAddOnThatCrossesItIsTheFreeShippingNudge() {
        // 44.90 in the cart, 15.10 short of 60: the 12 EUR socks do not cross it, the 18 EUR gels are the cheapest that do
        var socks = like("SOCKS", Strategy.COMPLEMENT, "SHOE").price(12).build();
        var gels = like("GELS", Strategy.COMPLEMENT, "SHOE").price(18).build();
        var belt = like("BELT", Strategy.COMPLEMENT, "SHOE").price(35).build();
        var unrelated = like("CAP", Strategy.COMPLETION, "OWNED").price(16).build();

        var outcome = evaluate(cartPage(null), Facts.aCustomer().build(), Facts.inCartAt("SHOE", 44.90), socks, gels,
                belt, unrelated);

        assertThat(outcome.incentives()).singleElement().satisfies(nudge -> {
            assertThat(nudge.getKind()).isEqualTo("FREE_SHIPPING");
            assertThat(nudge.getCandidate()).isSameAs(gels);
            assertThat(nudge.getGap()).isEqualTo(15.10);
            assertThat(nudge.getSaving()).isEqualTo(4.95);
            assertThat(nudge.getRule()).isEqualTo("Free shipping: the cheapest add-on that crosses the threshold");
        });
    }

    @Test
    void aHeldBackAddOnIsNoNudgeTheNextCheapestIs() {
        var gels = like("GELS", Strategy.COMPLEMENT, "SHOE").price(18).stock(0L).build(); // out of stock
        var belt = like("BELT", Strategy.COMPLEMENT, "SHOE").price(35).build();

        var outcome = evaluate(cartPage(null), Facts.aCustomer().build(), Facts.inCartAt("SHOE", 44.90), gels, belt);

        assertThat(outcome.incentives()).singleElement().satisfies(n -> assertThat(n.getCandidate()).isSameAs(belt));
    }

    @Test
    void aCartAtTheThresholdShipsFreeAndNeedsNoNudge() {
        var gels = like("GELS", Strategy.COMPLEMENT, "SHOE").price(18).build();

        var outcome = evaluate(cartPage(null), Facts.aCustomer().build(), Facts.inCartAt("SHOE", 60), gels);

        assertThat(outcome.incentives()).isEmpty();
    }

    private static List<String> refusals(RuleOutcome outcome) {
        return outcome.refusedIncentives().stream().map(IncentiveRefused::getRule).toList();
    }

    private static DecisionRequest cartPage(Channel channel) {
        return new DecisionRequest("C-TEST", NOW, channel, "CART", null, Set.of("BLAZER"));
    }
}
