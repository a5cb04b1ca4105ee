package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.aCustomer;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.inCartAt;
import static dev.crosswise.rules.Facts.like;
import static dev.crosswise.rules.Facts.requestAtPlacement;
import static dev.crosswise.rules.Facts.suppressedBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.ListLimit;
import dev.crosswise.rules.facts.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/guardrails/checkout.drl: at checkout, one add-on at most, cheap compared with the cart. */
class CheckoutRulesTest {

    @ParameterizedTest(name = "{0}: a {1} EUR add-on to a {2} EUR cart -> held back: {3}, list limited: {4}")
    @CsvSource({
            "CHECKOUT, 35,  139, false, true",
            "CHECKOUT, 42,  139, true,  true",
            "CHECKOUT, 89,  139, true,  true",
            "CART,     89,  139, false, false",
            "PRODUCT,  449, 139, false, false",
    })
    void atCheckoutOnlyALowFrictionAddOn(String placement, double price, double cartValue, boolean heldBack, boolean limited) {
        var addOn = like("TIE", Strategy.COMPLEMENT, "SHOES").price(price).build();

        var outcome = evaluate(requestAtPlacement(placement), aCustomer().build(), addOn, inCartAt("SHOES", cartValue));

        assertThat(suppressedBy(outcome, addOn).contains("At checkout: only a low-friction add-on")).isEqualTo(heldBack);
        assertThat(outcome.listLimits()).filteredOn(l -> l.getPer() == ListLimit.Per.LIST)
                .hasSize(limited ? 1 : 0)
                .allSatisfy(l -> assertThat(l.getMax()).isEqualTo(1));
    }
}
