package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.aCustomer;
import static dev.crosswise.rules.Facts.candidate;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.suppressedBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.DecisionRequest;
import dev.crosswise.rules.facts.Strategy;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/guardrails/consent-and-quiet-hours.drl: opt-out, consent per channel, quiet hours for SMS and mobile. */
class ConsentAndQuietHoursRulesTest {

    @ParameterizedTest(name = "{0} requested at {1} (Berlin), consents {2}, opted out {3} -> \"{4}\"")
    @CsvSource({
            "SMS,    2026-11-20T12:00:00Z, SMS;MOBILE,   false, ''",
            "SMS,    2026-11-20T22:00:00Z, SMS;MOBILE,   false, Quiet hours for SMS and mobile",
            "MOBILE, 2026-11-20T06:30:00Z, SMS;MOBILE,   false, Quiet hours for SMS and mobile",
            "MOBILE, 2026-11-20T07:00:00Z, SMS;MOBILE,   false, ''",
            "EMAIL,  2026-11-20T22:00:00Z, EMAIL,        false, ''",
            "EMAIL,  2026-11-20T12:00:00Z, SMS;MOBILE,   false, Respect channel consent",
            "DIRECT, 2026-11-20T12:00:00Z, EMAIL,        false, Respect channel consent",
            "WEB,    2026-11-20T12:00:00Z, EMAIL,        false, ''",
            "WEB,    2026-11-20T12:00:00Z, EMAIL,        true,  Global opt-out",
    })
    void aRequestedChannelMustBeOpen(Channel requested, String at, String consents, boolean optedOut, String expectedRule) {
        var customer = aCustomer().at(at).timeZone("Europe/Berlin")
                .consents(java.util.Arrays.stream(consents.split(";")).map(Channel::valueOf).toArray(Channel[]::new));
        if (optedOut) {
            customer.optedOut();
        }
        var candidate = candidate("X", Strategy.ECOSYSTEM, "Y");
        var request = new DecisionRequest("C-TEST", Instant.parse(at), requested, null, null, Set.of());

        var outcome = evaluate(request, customer.build(), candidate);

        assertThat(suppressedBy(outcome, candidate))
                .containsExactlyElementsOf(expectedRule.isEmpty() ? List.of() : List.of(expectedRule));
    }

    @ParameterizedTest(name = "launch at {0} (Berlin), consents {1} -> channel {2}")
    @CsvSource({
            "2026-11-20T12:00:00Z, MOBILE;SMS,  MOBILE",
            "2026-11-20T12:00:00Z, SMS,         SMS",
            "2026-11-20T22:00:00Z, MOBILE;SMS,  WEB",
            "2026-11-20T22:00:00Z, EMAIL;MOBILE, WEB",
    })
    void rulesNeverChooseAClosedChannel(String at, String consents, Channel expected) {
        var launch = Facts.like("NEW", Strategy.ECOSYSTEM, "OWNED").daysSinceLaunch(5).build();
        var customer = aCustomer().at(at).timeZone("Europe/Berlin")
                .consents(java.util.Arrays.stream(consents.split(";")).map(Channel::valueOf).toArray(Channel[]::new)).build();

        var outcome = evaluate(Facts.requestAt(at), customer, launch);

        assertThat(Facts.chosenChannel(outcome, launch)).isEqualTo(expected);
    }
}
