package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.aCustomer;
import static dev.crosswise.rules.Facts.candidate;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.exposure;
import static dev.crosswise.rules.Facts.requestOn;
import static dev.crosswise.rules.Facts.response;
import static dev.crosswise.rules.Facts.suppressedBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Strategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/guardrails/frequency-caps.drl: caps per channel and across channels, rotation, dismissal. */
class FrequencyCapsRulesTest {

    /**
     * @param earlier earlier decisions as "channel@daysAgo" separated by spaces, each showing product OTHER
     */
    @ParameterizedTest(name = "{0} requested after [{1}] -> \"{2}\"")
    @CsvSource({
            "EMAIL,  EMAIL@1 EMAIL@3,                       ''",
            "EMAIL,  EMAIL@1 EMAIL@3 EMAIL@6,               Frequency cap per channel",
            "EMAIL,  EMAIL@1 EMAIL@3 EMAIL@8,               ''",
            "MOBILE, EMAIL@1 EMAIL@3 EMAIL@6,               ''",
            "MOBILE, EMAIL@1 EMAIL@2 MOBILE@3 SMS@4 SMS@5,  Frequency cap across channels",
            "WEB,    EMAIL@1 EMAIL@2 MOBILE@3 SMS@4 SMS@5,  ''",
            "WEB,    WEB@1 WEB@2 WEB@3 WEB@4 WEB@5,         ''",
    })
    void capsCountRecordedDecisionsOnPushChannels(Channel requested, String earlier, String expectedRule) {
        var candidate = candidate("X", Strategy.COMPLETION, "Y");
        List<Object> facts = new ArrayList<>(List.of(requestOn(requested),
                aCustomer().consents(Channel.EMAIL, Channel.MOBILE, Channel.SMS).build(), candidate));
        int n = 0;
        for (String shown : earlier.split(" ")) {
            String[] parts = shown.split("@");
            facts.add(exposure("D" + n++, "OTHER", Channel.valueOf(parts[0]), Double.parseDouble(parts[1])));
        }

        var outcome = evaluate(facts);

        assertThat(suppressedBy(outcome, candidate))
                .containsExactlyElementsOf(expectedRule.isEmpty() ? List.of() : List.of(expectedRule));
    }

    @ParameterizedTest(name = "shown {0} times, {1} days apart -> rotated out: {2}")
    @CsvSource({
            "2, 3, false",
            "3, 3, true",
            "3, 7, false",
    })
    void theSameProductIsShownAtMostThreeTimesInTwoWeeks(int times, double daysApart, boolean rotated) {
        var dimmer = candidate("DIMMER", Strategy.ECOSYSTEM, "STARTER");
        List<Object> facts = new ArrayList<>(List.of(Facts.request(), aCustomer().build(), dimmer));
        for (int i = 0; i < times; i++) {
            facts.add(exposure("D" + i, "DIMMER", Channel.WEB, 1 + i * daysApart));
        }

        var outcome = evaluate(facts);

        assertThat(suppressedBy(outcome, dimmer).contains("Rotate products shown too often")).isEqualTo(rotated);
    }

    @ParameterizedTest(name = "{0} {1} days ago -> quiet: {2}")
    @CsvSource({
            "DISMISSED, 2,  true",
            "DISMISSED, 30, true",
            "DISMISSED, 31, false",
            "CLICKED,   2,  false",
    })
    void aDismissedProductStaysQuietForAMonth(String type, double daysAgo, boolean quiet) {
        var motion = candidate("MOTION", Strategy.ECOSYSTEM, "STARTER");

        var outcome = evaluate(Facts.request(), aCustomer().build(), motion, response(type, "MOTION", daysAgo));

        assertThat(suppressedBy(outcome, motion).contains("Respect a dismissal")).isEqualTo(quiet);
    }
}
