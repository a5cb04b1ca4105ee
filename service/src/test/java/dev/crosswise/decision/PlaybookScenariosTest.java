package dev.crosswise.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * The cross-selling playbook, told with the demo customers of {@code seed/}: for each moment, strategy and
 * guardrail, a customer's story, the question asked at a given time, and what Crosswise answers and why. Over real
 * HTTP against the whole service.
 */
class PlaybookScenariosTest extends CrosswiseHttpTest {

    static final String FRIDAY_MORNING = "2026-11-20T09:00:00Z";

    @Nested
    class Moments {

        @Test
        void secondVisit_johnIsBackLookingAtRunningShoesAndSeesThePremiumOne() {
            var john = ask("C-JOHN", FRIDAY_MORNING);

            var carbon = action(john, "R-SHOE-CARBON");
            assertThat(carbon).containsEntry("strategy", "UPSELL").containsEntry("moment", "SECOND_VISIT");
            assertThat((String) carbon.get("message")).startsWith("Welcome back! Treat yourself: Pace Carbon racing shoe");
            assertThat(reason(carbon, "MOMENT")).containsEntry("rule", "Second visit: back in the same area");
        }

        @Test
        void browseInterest_linusViewedTheOutdoorSpotlightThreeTimes() {
            var outdoor = action(ask("C-LINUS", FRIDAY_MORNING), "L-OUTDOOR");

            assertThat(outdoor).containsEntry("strategy", "ECOSYSTEM").containsEntry("moment", "BROWSE_INTEREST");
            assertThat((String) reason(outdoor, "MOMENT").get("text")).startsWith("3 views of Luma outdoor spotlight");
        }

        @Test
        void cartAbandonment_margaretLeftTheBlazerInHerCartFiveHoursAgo() {
            var fiveHoursLater = ask("C-MARGARET", "2026-11-20T13:00:00Z");
            var twoHoursLater = ask("C-MARGARET", "2026-11-20T10:00:00Z");

            assertThat(action(fiveHoursLater, "W-TIE-SILK")).containsEntry("strategy", "COMPLEMENT")
                    .containsEntry("moment", "CART_ABANDONMENT")
                    .containsEntry("message", "Your Navy wool blazer is still in your cart. Silk knit tie goes well with it");
            assertThat(action(twoHoursLater, "W-TIE-SILK").get("moment")).isNotEqualTo("CART_ABANDONMENT");
        }

        @Test
        void supportResolution_graceHearsAboutLumaADayAfterHerCaseWasSolved() {
            var sameMorning = ask("C-GRACE", FRIDAY_MORNING);
            var dayAfter = ask("C-GRACE", "2026-11-20T16:00:00Z");

            assertThat(actions(sameMorning)).noneMatch(a -> "SUPPORT_RESOLUTION".equals(a.get("moment")));
            assertThat(actions(dayAfter)).filteredOn(a -> "ECOSYSTEM".equals(a.get("strategy")))
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat(a).containsEntry("moment", "SUPPORT_RESOLUTION"));
        }

        @Test
        void usageMilestone_alanWoreHisStarterShoesTo82PercentAndIsOfferedTheNextLevelByEmail() {
            var alan = ask("C-ALAN", FRIDAY_MORNING);

            assertThat(actions(alan).getFirst()).containsEntry("rank", 1)
                    .containsEntry("strategy", "EVOLUTION").containsEntry("moment", "USAGE_MILESTONE")
                    .containsEntry("channel", "EMAIL")
                    .containsEntry("message", "You have made the most of your Pace Starter running shoe: ready for the Pace Tempo running shoe?");
            assertThat(sku(actions(alan).getFirst())).isEqualTo("R-SHOE-TEMPO");
        }

        @Test
        void loyaltyMilestone_barbaraJustReachedGoldAndTheGoldSerumIsUnlocked() {
            var serum = action(ask("C-BARBARA", FRIDAY_MORNING), "K-SERUM-LUX");

            assertThat(serum).containsEntry("moment", "LOYALTY_MILESTONE")
                    .containsEntry("message", "Your Gold tier unlocks Glow retinol night serum");
            assertThat(reason(serum, "LOYALTY")).containsEntry("rule", "Unlocked by the customer's tier");
        }

        @Test
        void loyaltyMilestone_anitaEarnedGoldWithHerPointsBeforeHerRecordSaysSo() {
            var serum = action(ask("C-ANITA", FRIDAY_MORNING), "K-SERUM-LUX");

            assertThat(serum).containsEntry("moment", "LOYALTY_MILESTONE");
            assertThat((String) reason(serum, "MOMENT").get("text")).startsWith("The customer has just earned Gold with 2700 points");
        }

        @Test
        void seasonal_timGetsTheWoolOvercoatBeforeWinterThroughHisPersonalShopper() {
            var coat = action(ask("C-TIM", FRIDAY_MORNING), "W-COAT-WOOL");

            assertThat(coat).containsEntry("moment", "SEASONAL").containsEntry("channel", "DIRECT");
            assertThat((String) coat.get("message")).startsWith("Ready for winter?");
            assertThat(reason(coat, "CHANNEL")).containsEntry("rule", "Direct contact for high-value opportunities");
        }

        @Test
        void lifecycle_donaldsChildTurnsSevenAndFitsTheNextBike() {
            var bike = action(ask("C-DONALD", FRIDAY_MORNING), "C-BIKE-20");

            assertThat(bike).containsEntry("strategy", "EVOLUTION").containsEntry("moment", "LIFECYCLE")
                    .containsEntry("message", "Growing fast? Kids bike 20 inch is the next size up");
        }

        @Test
        void productLaunch_theNewGradientStripReachesLumaOwnersOnTheirPhone() {
            var gradient = action(ask("C-LINUS", FRIDAY_MORNING), "L-GRADIENT");

            assertThat(gradient).containsEntry("moment", "PRODUCT_LAUNCH").containsEntry("channel", "MOBILE")
                    .containsEntry("message", "New: Luma gradient strip works with your Luma starter kit (3 bulbs + bridge)");
        }

        @Test
        void giftGiving_edsgerGaveTheGiftSetLastDecemberAndIsRemindedInGiftSeasonOnly() {
            var november = ask("C-EDSGER", FRIDAY_MORNING);
            var september = ask("C-EDSGER", "2026-09-20T09:00:00Z");

            assertThat(action(november, "K-GIFT-SET")).containsEntry("strategy", "REPLENISHMENT")
                    .containsEntry("moment", "GIFT_GIVING")
                    .containsEntry("message", "Gift season is here: give Glow discovery gift set again");
            assertThat(suppressed(september)).anySatisfy(s -> assertThat(s)
                    .containsEntry("product", Map.of("sku", "K-GIFT-SET"))
                    .containsEntry("rule", "Replenish only when it runs out"));
        }
    }

    @Nested
    class Strategies {

        @Test
        void replenishment_alansSocksAreWornOut() {
            var socks = action(ask("C-ALAN", FRIDAY_MORNING), "R-SOCK-PACK");

            assertThat(socks).containsEntry("strategy", "REPLENISHMENT")
                    .containsEntry("message", "Time for new running socks, 3-pack");
            assertThat((String) reason(socks, "MOMENT").get("text")).contains("172 days ago").contains("90 days");
        }

        @Test
        void upsell_onTheBlazerPageAdaSeesTheCashmereOne() {
            var ada = ask(Map.of("customerId", "C-ADA", "at", FRIDAY_MORNING,
                    "context", Map.of("placement", "PRODUCT", "productSku", "W-BLZ-NAVY")));

            var cashmere = action(ada, "W-BLZ-CASH");
            assertThat(cashmere).containsEntry("strategy", "UPSELL").containsEntry("channel", "WEB");
            assertThat(reason(cashmere, "CANDIDATE")).containsEntry("rule", "premium-alternative")
                    .containsEntry("path", List.of("Customer:C-ADA", "Product:W-BLZ-NAVY", "Product:W-BLZ-CASH"));
        }

        @Test
        void complement_johnsSneakerBuyersOftenBuySelvedgeJeans() {
            var jeans = action(ask("C-JOHN", FRIDAY_MORNING), "W-JNS-SELV");

            assertThat(jeans).containsEntry("strategy", "COMPLEMENT");
            assertThat(reason(jeans, "CANDIDATE")).containsEntry("rule", "bought-together");
        }
    }

    @Nested
    class Guardrails {

        @Test
        void timingTrap_katherineBoughtHerFirstShoesTwoDaysAgoSoNoUpgradeYet() {
            var katherine = ask("C-KATHERINE", FRIDAY_MORNING);

            assertThat(actions(katherine)).noneMatch(a -> sku(a).equals("R-SHOE-TEMPO"));
            assertThat(suppressed(katherine)).anySatisfy(s -> assertThat(s)
                    .containsEntry("product", Map.of("sku", "R-SHOE-TEMPO"))
                    .containsEntry("rule", "Timing trap: no next level or premium before the first purchase delivered value"));
        }

        @Test
        void frequencyCapPerChannel_sophieHadThreeEmailsThisWeek() {
            var byEmail = ask(Map.of("customerId", "C-SOPHIE", "at", FRIDAY_MORNING, "channel", "EMAIL"));
            var rulesChoose = ask("C-SOPHIE", FRIDAY_MORNING);

            assertThat(actions(byEmail)).isEmpty();
            assertThat(suppressed(byEmail)).extracting(s -> s.get("rule")).contains("Frequency cap per channel");
            assertThat(actions(rulesChoose)).isNotEmpty().noneMatch(a -> "EMAIL".equals(a.get("channel")));
        }

        @Test
        void frequencyCapAcrossChannels_rosalindHadFivePushesThisWeek() {
            var byMobile = ask(Map.of("customerId", "C-ROSALIND", "at", FRIDAY_MORNING, "channel", "MOBILE"));

            assertThat(actions(byMobile)).isEmpty();
            assertThat(suppressed(byMobile)).extracting(s -> s.get("rule")).contains("Frequency cap across channels");
        }

        @Test
        void rotationAndDismissal_claudeSawTheDimmerThreeTimesAndDismissedTheSensor() {
            var claude = ask("C-CLAUDE", FRIDAY_MORNING);

            assertThat(actions(claude)).noneMatch(a -> sku(a).equals("L-DIMMER") || sku(a).equals("L-MOTION"));
            assertThat(suppressed(claude)).anySatisfy(s -> assertThat(s)
                    .containsEntry("product", Map.of("sku", "L-DIMMER")).containsEntry("rule", "Rotate products shown too often"));
            assertThat(suppressed(claude)).anySatisfy(s -> assertThat(s)
                    .containsEntry("product", Map.of("sku", "L-MOTION")).containsEntry("rule", "Respect a dismissal"));
        }

        @Test
        void outOfStockAndMarginFloor() {
            assertThat(suppressed(ask("C-ADA", FRIDAY_MORNING))).anySatisfy(s -> assertThat(s)
                    .containsEntry("product", Map.of("sku", "W-BLT-LEATHER")).containsEntry("rule", "Never offer what is out of stock"));
            assertThat(suppressed(ask("C-RADIA", FRIDAY_MORNING))).anySatisfy(s -> assertThat(s)
                    .containsEntry("product", Map.of("sku", "H-MAT")).containsEntry("rule", "Keep above the margin floor"));
        }

        @Test
        void globalOptOut_franGetsNothing() {
            var fran = ask("C-FRAN", FRIDAY_MORNING);

            assertThat(actions(fran)).isEmpty();
            // every candidate held back by the opt-out (some by other guardrails too: a launch ahead, ...)
            var held = suppressed(fran);
            assertThat(held).isNotEmpty();
            assertThat(held.stream().filter(s -> "Global opt-out".equals(s.get("rule"))).map(s -> s.get("product")))
                    .containsAll(held.stream().map(s -> s.get("product")).distinct().toList());
        }

        @Test
        void consentAndQuietHours_hedyTakesNoEmailAndNoSmsAtNight() {
            var byEmail = ask(Map.of("customerId", "C-HEDY", "at", "2026-11-20T12:00:00Z", "channel", "EMAIL"));
            var smsAtNight = ask(Map.of("customerId", "C-HEDY", "at", "2026-11-20T22:00:00Z", "channel", "SMS"));
            var rulesChooseAtNight = ask("C-HEDY", "2026-11-20T22:00:00Z");
            var rulesChooseAtNoon = ask("C-HEDY", "2026-11-20T12:00:00Z");

            assertThat(actions(byEmail)).isEmpty();
            assertThat(suppressed(byEmail)).extracting(s -> s.get("rule")).contains("Respect channel consent");
            assertThat(actions(smsAtNight)).isEmpty();
            assertThat(suppressed(smsAtNight)).extracting(s -> s.get("rule")).contains("Quiet hours for SMS and mobile");
            assertThat(action(rulesChooseAtNight, "L-GRADIENT")).containsEntry("channel", "WEB");
            assertThat(action(rulesChooseAtNoon, "L-GRADIENT")).containsEntry("channel", "MOBILE");
        }

        @Test
        void priceRange_margaretIsNotPushedTheCashmereBlazer() {
            assertThat(suppressed(ask("C-MARGARET", "2026-11-20T13:00:00Z"))).anySatisfy(s -> assertThat(s)
                    .containsEntry("product", Map.of("sku", "W-BLZ-CASH"))
                    .containsEntry("strategy", "UPSELL")
                    .containsEntry("rule", "Stay in the customer's price range"));
        }

        @Test
        void tierGate_sophieIsSilverSoTheGoldSerumIsHeldBack() {
            assertThat(suppressed(ask("C-SOPHIE", FRIDAY_MORNING))).anySatisfy(s -> assertThat(s)
                    .containsEntry("product", Map.of("sku", "K-SERUM-LUX")).containsEntry("rule", "Reserved for a higher tier"));
        }

        @Test
        void diversity_gracesListIsNotAllLuma() {
            var grace = ask("C-GRACE", "2026-11-20T16:00:00Z");

            assertThat(actions(grace)).filteredOn(a -> "ECOSYSTEM".equals(a.get("strategy"))).hasSizeLessThanOrEqualTo(3);
            assertThat(suppressed(grace)).extracting(s -> s.get("rule")).contains("Diversity: no list dominated by one strategy");
        }

        @Test
        void checkout_adaPayingForOxfordsIsOfferedOneSmallAddOn() {
            var checkout = ask(Map.of("customerId", "C-ADA", "at", FRIDAY_MORNING,
                    "context", Map.of("placement", "CHECKOUT", "cartSkus", List.of("W-SHO-OXF"))));

            assertThat(actions(checkout)).singleElement().satisfies(a -> {
                assertThat(sku(a)).isEqualTo("W-TIE-SILK");
                assertThat(a).containsEntry("channel", "WEB");
            });
            assertThat(suppressed(checkout)).anySatisfy(s -> assertThat(s)
                    .containsEntry("product", Map.of("sku", "W-TRS-GREY"))
                    .containsEntry("rule", "At checkout: only a low-friction add-on"));
        }
    }

    private ClientGraphQlResponse ask(String customerId, String at) {
        return ask(Map.of("customerId", customerId, "at", at));
    }

    private ClientGraphQlResponse ask(Map<String, Object> variables) {
        Map<String, Object> withLimit = new HashMap<>(variables);
        withLimit.putIfAbsent("limit", 5);
        var response = graphQl.documentName("whatNext").variables(withLimit).executeSync();
        assertThat(response.getErrors()).isEmpty();
        return response;
    }

    private static List<Map<String, Object>> actions(ClientGraphQlResponse response) {
        return response.field("whatNext.actions").getValue();
    }

    private static List<Map<String, Object>> suppressed(ClientGraphQlResponse response) {
        return response.field("whatNext.suppressed").getValue();
    }

    @SuppressWarnings("unchecked")
    private static String sku(Map<String, Object> action) {
        return (String) ((Map<String, Object>) action.get("product")).get("sku");
    }

    private static Map<String, Object> action(ClientGraphQlResponse response, String sku) {
        return actions(response).stream().filter(a -> sku(a).equals(sku)).findFirst()
                .orElseThrow(() -> new AssertionError("no action for " + sku + " in " + actions(response)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reason(Map<String, Object> action, String kind) {
        return ((List<Map<String, Object>>) action.get("reasons")).stream().filter(r -> kind.equals(r.get("kind")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " reason in " + action));
    }
}
