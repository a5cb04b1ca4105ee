package dev.crosswise.rules.facts;

/** An item in the customer's cart now: from the request context or from cart events since the last checkout. */
public final class CartItem {
    private final String sku;
    private final String name;
    private final double price;
    private final double hoursInCart;
    private final boolean fromContext;

    public CartItem(String sku, String name, double price, double hoursInCart, boolean fromContext) {
        this.sku = sku;
        this.name = name;
        this.price = price;
        this.hoursInCart = hoursInCart;
        this.fromContext = fromContext;
    }

    public CartItem(String sku, double hoursInCart, boolean fromContext) {
        this(sku, sku, 0, hoursInCart, fromContext);
    }

    public String getSku() { return sku; }
    public String getName() { return name; }
    public double getPrice() { return price; }
    /** Hours since the item was put in the cart (0 for an item known only from the request). */
    public double getHoursInCart() { return hoursInCart; }
    /** True when the request's own context lists it: the customer is looking at the cart right now. */
    public boolean isFromContext() { return fromContext; }
}
