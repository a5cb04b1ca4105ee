package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.candidate;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.inCart;
import static dev.crosswise.rules.Facts.owned;
import static dev.crosswise.rules.Facts.returned;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Suppression;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/guardrails/owned-and-in-cart.drl: never offer what is owned or already in the cart. */
class OwnedAndInCartRulesTest {

    @ParameterizedTest(name = "{0} -> suppressed by \"{1}\"")
    @CsvSource({
            "owned,          Never offer what the customer owns",
            "in cart,        Never offer what is in the cart",
            "owned returned, ''",
            "not owned,      ''",
    })
    void guardrail(String situation, String expectedRule) {
        var candidate = candidate("SHOES", Strategy.COMPLETION, "BLAZER");
        List<Object> facts = new ArrayList<>(List.of(Facts.request(), candidate, owned("BLAZER", 100)));
        switch (situation) {
            case "owned" -> facts.add(owned("SHOES", 500));
            case "in cart" -> facts.add(inCart("SHOES"));
            case "owned returned" -> facts.add(returned("SHOES", 500));
            default -> { }
        }

        var outcome = evaluate(facts.toArray());

        assertThat(outcome.suppressions()).filteredOn(s -> s.getCandidate() == candidate)
                .extracting(Suppression::getRule)
                .containsExactlyElementsOf(expectedRule.isEmpty() ? List.of() : List.of(expectedRule));
    }
}
