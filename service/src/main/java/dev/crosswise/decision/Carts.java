package dev.crosswise.decision;

import dev.crosswise.rules.facts.CartItem;
import dev.crosswise.rules.facts.Signal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What is in the cart at the decision time: cart events replayed since the last checkout, plus the request's own cart. */
public final class Carts {

    private Carts() {
    }

    public static List<CartItem> current(List<Signal> signals, Set<String> contextCart) {
        Map<String, Double> hoursInCart = new LinkedHashMap<>();
        signals.stream().sorted(Comparator.comparingDouble(Signal::getHoursAgo).reversed()).forEach(signal -> {
            switch (signal.getType()) {
                case "CART_ADD" -> hoursInCart.putIfAbsent(signal.getSku(), signal.getHoursAgo());
                case "CART_REMOVE", "PURCHASE" -> hoursInCart.remove(signal.getSku());
                case "CHECKOUT" -> hoursInCart.clear();
                default -> { }
            }
        });
        List<CartItem> cart = new ArrayList<>();
        hoursInCart.forEach((sku, hours) -> cart.add(new CartItem(sku, hours, contextCart.contains(sku))));
        contextCart.stream().filter(sku -> !hoursInCart.containsKey(sku)).forEach(sku -> cart.add(new CartItem(sku, 0, true)));
        return cart;
    }
}
