package dev.crosswise.rules.facts;

/** An item in the customer's cart now: from the request context or from cart events since the last checkout. */
public final class CartItem {
    private final String sku;
    private final double hoursInCart;
    private final boolean fromContext;

    public CartItem(String sku, double hoursInCart, boolean fromContext) {
        this.sku = sku;
        this.hoursInCart = hoursInCart;
        this.fromContext = fromContext;
    }

    public String getSku() { return sku; }
    public double getHoursInCart() { return hoursInCart; }
    public boolean isFromContext() { return fromContext; }
}
