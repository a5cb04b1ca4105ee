package dev.crosswise.rules.facts;

/** Derived: the decision is shown at checkout, where only a small add-on is welcome. */
public final class AtCheckout {
    private final double cartValue;

    public AtCheckout(double cartValue) {
        this.cartValue = cartValue;
    }

    /** The sum of the cart's prices. */
    public double getCartValue() { return cartValue; }
}
