package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.aCustomer;
import static dev.crosswise.rules.Facts.chosenChannel;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.like;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.DecisionRequest;
import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Tier;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/channels/channels.drl: which channel, when the request does not fix one. */
class ChannelsRulesTest {

    @ParameterizedTest(name = "{0} at {1} EUR, launched {2} days ago, {3} customer consenting to {4}, placement {5} -> {6}")
    @CsvSource({
            "ECOSYSTEM,   50, 1000, BRONZE,   EMAIL;MOBILE;SMS;DIRECT, ,         WEB",
            "COMPLETION,  50, 1000, BRONZE,   EMAIL,                   ,         EMAIL",
            "EVOLUTION,   50, 1000, BRONZE,   EMAIL,                   ,         EMAIL",
            "EVOLUTION,   50, 1000, BRONZE,   MOBILE,                  ,         WEB",
            "REPLENISHMENT, 20, 1000, BRONZE, EMAIL,                   ,         EMAIL",
            "ECOSYSTEM,   50, 10,   BRONZE,   EMAIL;MOBILE;SMS,        ,         MOBILE",
            "ECOSYSTEM,   50, 10,   BRONZE,   EMAIL;SMS,               ,         SMS",
            "COMPLEMENT, 259, 1000, PLATINUM, EMAIL;DIRECT,            ,         DIRECT",
            "COMPLEMENT, 259, 1000, GOLD,     EMAIL;DIRECT,            ,         DIRECT",
            "COMPLEMENT, 259, 1000, SILVER,   EMAIL;DIRECT,            ,         WEB",
            "COMPLEMENT, 259, 1000, PLATINUM, EMAIL,                   ,         WEB",
            "COMPLEMENT, 249, 1000, PLATINUM, EMAIL;DIRECT,            ,         WEB",
            "COMPLETION, 259, 10,   PLATINUM, EMAIL;DIRECT;MOBILE,     PRODUCT,  WEB",
            "COMPLETION,  50, 1000, BRONZE,   EMAIL,                   CAMPAIGN, EMAIL",
    })
    void theChannelFitsTheOffer(Strategy strategy, double price, double daysSinceLaunch, Tier tier, String consents,
                                String placement, Channel expected) {
        var candidate = like("X", strategy, "Y").price(price).daysSinceLaunch(daysSinceLaunch).build();
        var customer = aCustomer().tier(tier)
                .consents(java.util.Arrays.stream(consents.split(";")).map(Channel::valueOf).toArray(Channel[]::new)).build();
        var request = new DecisionRequest("C-TEST", Facts.NOW, null, placement, null, Set.of());

        var outcome = evaluate(request, customer, candidate);

        assertThat(chosenChannel(outcome, candidate)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"EMAIL"})
    void aRequestedChannelIsNotChosenAgain(Channel requested) {
        var candidate = like("X", Strategy.COMPLETION, "Y").build();

        var outcome = evaluate(Facts.requestOn(requested), aCustomer().build(), candidate);

        assertThat(outcome.channelPicks()).isEmpty();
    }
}
