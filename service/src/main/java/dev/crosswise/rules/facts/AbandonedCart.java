package dev.crosswise.rules.facts;

/** Derived: an item has been left in the cart, without checkout, long enough to count as abandoned. */
public final class AbandonedCart {
    private final String sku;
    private final String name;
    private final double hoursInCart;

    public AbandonedCart(String sku, String name, double hoursInCart) {
        this.sku = sku;
        this.name = name;
        this.hoursInCart = hoursInCart;
    }

    public String getSku() { return sku; }
    public String getName() { return name; }
    public double getHoursInCart() { return hoursInCart; }
}
