package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.like;
import static dev.crosswise.rules.Facts.momentsOf;
import static dev.crosswise.rules.Facts.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/timing/browse-interest.drl: 3+ views of the product or its category within 7 days. */
class BrowseInterestRulesTest {

    /** @param views space-separated "sku/category@daysAgo" */
    @ParameterizedTest(name = "views [{0}] -> browse interest: {1}")
    @CsvSource({
            "OUTDOOR/outdoor@1 OUTDOOR/outdoor@2 OUTDOOR/outdoor@0.1, true",
            "OUTDOOR/outdoor@1 OUTDOOR/outdoor@2,                     false",
            "OUTDOOR/outdoor@1 OUTDOOR/outdoor@2 OUTDOOR/outdoor@8,   false",
            "OTHER/outdoor@1 OUTDOOR/outdoor@2 ANOTHER/outdoor@3,     true",
            "OTHER/bulbs@1 OTHER/bulbs@2 OTHER/bulbs@3,               false",
            "OTHER/@1 OTHER/@2 OTHER/@3,                              false",
    })
    void repeatedViewsWithinAWeek(String views, boolean expected) {
        var outdoor = like("OUTDOOR", Strategy.ECOSYSTEM, "STARTER").category("outdoor").build();
        List<Object> facts = new ArrayList<>(List.of(Facts.request(), Facts.aCustomer().build(), outdoor));
        for (String v : views.split(" ")) {
            String[] skuAndRest = v.split("/");
            String[] categoryAndDays = skuAndRest[1].split("@");
            facts.add(view(skuAndRest[0], categoryAndDays[0].isEmpty() ? null : categoryAndDays[0],
                    Double.parseDouble(categoryAndDays[1]) * 24));
        }

        var outcome = evaluate(facts);

        assertThat(momentsOf(outcome, outdoor).contains(Moment.BROWSE_INTEREST)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"''"})
    void aCandidateWithoutCategoryCountsOnlyItsOwnViews(String unused) {
        var plain = like("PLAIN", Strategy.ECOSYSTEM, "STARTER").category(null).build();

        var outcome = evaluate(Facts.request(), plain, view("A", null, 1), view("B", null, 2), view("C", null, 3));

        assertThat(momentsOf(outcome, plain)).doesNotContain(Moment.BROWSE_INTEREST);
    }
}
