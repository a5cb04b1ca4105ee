package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.candidate;
import static dev.crosswise.rules.Facts.momentsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.CartItem;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/timing/cart-abandonment.drl: an item left in the cart 4 h (and at most 72 h) brings back what goes with it. */
class CartAbandonmentRulesTest {

    @ParameterizedTest(name = "{0} anchored on an item in the cart {1} h (request cart: {2}) -> abandonment: {3}")
    @CsvSource({
            "COMPLEMENT, 5,  false, true",
            "UPSELL,     5,  false, true",
            "COMPLEMENT, 4,  false, true",
            "COMPLEMENT, 3,  false, false",
            "COMPLEMENT, 80, false, false",
            "COMPLEMENT, 5,  true,  false",
            "ECOSYSTEM,  5,  false, false",
    })
    void whatGoesWithAnAbandonedItem(Strategy strategy, double hoursInCart, boolean onTheCartPageNow, boolean expected) {
        var tie = candidate("TIE", strategy, "BLAZER");

        var outcome = evaluate(Facts.request(), Facts.aCustomer().build(), tie,
                new CartItem("BLAZER", "Navy blazer", 189, hoursInCart, onTheCartPageNow));

        assertThat(momentsOf(outcome, tie).contains(Moment.CART_ABANDONMENT)).isEqualTo(expected);
    }
}
