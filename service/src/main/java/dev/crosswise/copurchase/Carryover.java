package dev.crosswise.copurchase;

import dev.crosswise.demand.Basket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of a co-purchase's pull a past purchase carries into a customer's next order, learned from the orders.
 * {@link Association#strength()} is the chance that a basket holding A holds B: right for the product looked at or in
 * the cart, which are in the basket being made. A product bought in an earlier order is not; how much it still says
 * of the next one depends on the shop (a camera bought last month still calls for its memory card; last week's white
 * wine says little of this week's fruit). So a complement of an owned product is judged at
 * {@code share of B + carryover x (strength - share of B)}, where
 * <pre>
 *   carryover = sum (1 if B is in the next order, else 0) - share of B
 *             / sum (strength - share of B)
 * </pre>
 * over every order after a customer's first, every product A they bought before and every partner B of A they never
 * bought: observed excess over B's share against the excess the association promised; between 0 and 1.
 */
final class Carryover {

    /** Customers with two orders or more below which it is not learned. */
    static final int MIN_CUSTOMERS = 30;

    private Carryover() {
    }

    /** @return the carryover, or null when too few customers came back to tell */
    static Double learn(List<Basket> baskets, List<CoPurchases.Edge> edges, Map<String, Long> basketsPerProduct,
                        long allBaskets) {
        if (allBaskets == 0 || edges.isEmpty()) {
            return null;
        }
        Map<String, List<Partner>> partners = new HashMap<>();
        for (CoPurchases.Edge edge : edges) {
            if (edge.lift() <= 1) {
                continue; // decisions walk only the pairs bought together more often than chance
            }
            double share = (double) basketsPerProduct.getOrDefault(edge.to(), 0L) / allBaskets;
            double strength = Association.ofEdge(edge.support(), edge.lift(), edge.confidence()).strength();
            partners.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(new Partner(edge.to(), share, strength));
        }
        List<List<Basket>> histories = Basket.returningCustomersInOrder(baskets);
        double observed = 0;
        double promised = 0;
        for (List<Basket> orders : histories) {
            Set<String> bought = new HashSet<>(orders.getFirst().skus());
            for (Basket next : orders.subList(1, orders.size())) {
                Set<String> inNext = Set.copyOf(next.skus());
                for (String anchor : bought) {
                    for (Partner partner : partners.getOrDefault(anchor, List.of())) {
                        if (!bought.contains(partner.sku())) {
                            observed += (inNext.contains(partner.sku()) ? 1 : 0) - partner.share();
                            promised += partner.strength() - partner.share();
                        }
                    }
                }
                bought.addAll(next.skus());
            }
        }
        if (histories.size() < MIN_CUSTOMERS || promised <= 0) {
            return null;
        }
        return Math.max(0, Math.min(1, observed / promised));
    }

    private record Partner(String sku, double share, double strength) {
    }
}
