package dev.crosswise.rules.facts;

/**
 * Classification (rules/incentives/free-shipping.drl): the cart is below the free-shipping threshold, by
 * {@link #getMissing()}.
 */
public final class ShippingGap {
    private final double threshold;
    private final double cartTotal;

    public ShippingGap(double threshold, double cartTotal) {
        this.threshold = threshold;
        this.cartTotal = cartTotal;
    }

    public double getThreshold() { return threshold; }
    public double getCartTotal() { return cartTotal; }
    /** What the cart lacks to ship free, to the cent. */
    public double getMissing() { return Math.round((threshold - cartTotal) * 100.0) / 100.0; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShippingGap other && other.threshold == threshold && other.cartTotal == cartTotal;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(threshold) * 31 + Double.hashCode(cartTotal);
    }
}
