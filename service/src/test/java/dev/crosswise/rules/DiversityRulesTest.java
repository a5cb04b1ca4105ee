package dev.crosswise.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crosswise.rules.facts.ListLimit;
import org.junit.jupiter.api.Test;

/** rules/guardrails/diversity.drl: the list limits arbitration applies (see ArbitrationTest for how). */
class DiversityRulesTest {

    @Test
    void noListIsDominatedByOneCategoryOrStrategy() {
        var outcome = Facts.evaluate(Facts.request(), Facts.aCustomer().build());

        assertThat(outcome.listLimits()).extracting(ListLimit::getPer, ListLimit::getMax, ListLimit::getRule)
                .containsExactlyInAnyOrder(
                        tuple(ListLimit.Per.CATEGORY, 2, "Diversity: no list dominated by one category"),
                        tuple(ListLimit.Per.STRATEGY, 3, "Diversity: no list dominated by one strategy"));
    }
}
