package dev.crosswise.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.messages.MessageTemplates;
import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Tier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Customer-facing copy reflects the strategy and the moment; no placeholder ever reaches a customer. */
class MessagesTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "COMPLETION    | POST_PURCHASE      | Complete your Office look: Brown leather oxfords goes with your new Navy wool blazer",
            "COMPLETION    |                    | Complete your Office look with Brown leather oxfords",
            "ECOSYSTEM     | SUPPORT_RESOLUTION | Glad we could help. Works with your Navy wool blazer: Brown leather oxfords",
            "ECOSYSTEM     | PRODUCT_LAUNCH     | New: Brown leather oxfords works with your Navy wool blazer",
            "EVOLUTION     | USAGE_MILESTONE    | You have made the most of your Navy wool blazer: ready for the Brown leather oxfords?",
            "EVOLUTION     | LIFECYCLE          | Growing fast? Brown leather oxfords is the next size up",
            "UPSELL        | SECOND_VISIT       | Welcome back! Treat yourself: Brown leather oxfords, a step up from the Navy wool blazer",
            "UPSELL        | CART_ABANDONMENT   | Your Navy wool blazer is still in your cart. Or treat yourself to Brown leather oxfords, the premium choice",
            "COMPLEMENT    | CART_ABANDONMENT   | Your Navy wool blazer is still in your cart. Brown leather oxfords goes well with it",
            "COMPLEMENT    | SEASONAL           | Ready for winter? Goes well with your Navy wool blazer: Brown leather oxfords",
            "ECOSYSTEM     | LOYALTY_MILESTONE  | Your Gold tier unlocks Brown leather oxfords",
            "ECOSYSTEM     | GIFT_GIVING        | Gift season is here: Brown leather oxfords makes a welcome gift",
            "ECOSYSTEM     | BROWSE_INTEREST    | Still thinking about it? Works with your Navy wool blazer: Brown leather oxfords",
    })
    void theMessageSaysWhatAndWhyNow(Strategy strategy, Moment moment, String expected) {
        Candidate candidate = Candidate.builder("W-SHO-OXF", "Brown leather oxfords", strategy)
                .anchor("W-BLZ-NAVY", "Navy wool blazer").via("Office look").season("WINTER").minTier(Tier.GOLD).build();

        assertThat(Messages.forAction(candidate, moment, Tier.GOLD)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} (family {1}) -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Running socks, 3-pack |      | Time for new running socks, 3-pack",
            "Glow gentle cleanser  | glow | Time for new Glow gentle cleanser",
    })
    void replenishmentReadsAsASentence(String name, String family, String expected) {
        Candidate candidate = Candidate.builder("SKU", name, Strategy.REPLENISHMENT).family(family).consumable(true)
                .cycleDays(90).anchor("SKU", name).build();

        assertThat(Messages.forAction(candidate, null, Tier.BRONZE)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"GIFT_GIVING, Gift season is here: give Gift card 50 EUR again", ", Give Gift card 50 EUR again"})
    void aGiftComesRoundAgain(Moment moment, String expected) {
        Candidate giftCard = Candidate.builder("G-CARD-50", "Gift card 50 EUR", Strategy.REPLENISHMENT).giftable(true)
                .anchor("G-CARD-50", "Gift card 50 EUR").build();

        assertThat(Messages.forAction(giftCard, moment, Tier.SILVER)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "COMPLETION    | POST_PURCHASE      | Complete your Office look",
            "COMPLETION    |                    | Complete your Office look",
            "ECOSYSTEM     | SUPPORT_RESOLUTION | Glad we could help",
            "ECOSYSTEM     |                    | Works with what you have",
            "EVOLUTION     | USAGE_MILESTONE    | Ready for more?",
            "EVOLUTION     |                    | Your next step",
            "UPSELL        | CART_ABANDONMENT   | Still in your cart",
            "UPSELL        |                    | A step up",
            "COMPLEMENT    | SEASONAL           | Ready for winter?",
            "ECOSYSTEM     | LOYALTY_MILESTONE  | A Gold benefit",
            "ECOSYSTEM     | POST_PURCHASE      | For your new Navy wool blazer",
            "POPULAR       |                    | A customer favourite",
            "ECOSYSTEM     | GIFT_GIVING        | Gift season",
    })
    void theHeadlineSaysItInAFewWords(Strategy strategy, Moment moment, String expected) {
        Candidate candidate = Candidate.builder("W-SHO-OXF", "Brown leather oxfords", strategy)
                .anchor("W-BLZ-NAVY", "Navy wool blazer").via("Office look").season("WINTER").minTier(Tier.GOLD).build();

        assertThat(MessageTemplates.shipped().headline(Messages.wording(candidate, moment, Tier.GOLD), "en"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "fr | Complétez votre Office look : Brown leather oxfords va avec votre Navy wool blazer | Complétez votre Office look",
            "de | Vervollständigen Sie Ihr Office look: Brown leather oxfords passt zu Ihrem neuen Navy wool blazer | Vervollständigen Sie Ihr Office look",
            "it | Complete your Office look: Brown leather oxfords goes with your new Navy wool blazer | Complete your Office look",
    })
    void theTextsSpeakTheLanguagesOfTheRulesFolder(String language, String message, String headline) {
        Candidate candidate = Candidate.builder("W-SHO-OXF", "Brown leather oxfords", Strategy.COMPLETION)
                .anchor("W-BLZ-NAVY", "Navy wool blazer").via("Office look").build();
        MessageTemplates texts = DecisionWiring.texts().current();

        var wording = Messages.wording(candidate, Moment.POST_PURCHASE, Tier.BRONZE);
        assertThat(texts.message(wording, language)).isEqualTo(message);
        assertThat(texts.headline(wording, language)).isEqualTo(headline);
    }
}
