package dev.crosswise.decision;

import dev.crosswise.catalog.Popularity;
import dev.crosswise.catalog.ProductGraph;
import dev.crosswise.catalog.ProductGraph.Demand;
import dev.crosswise.catalog.RepeatHabits;
import dev.crosswise.rules.facts.Strategy;
import java.util.Optional;

/**
 * Replenishment learned from orders, for products without a merchandiser's {@code cycleDays}: an owned product that
 * customers buy again ({@code repeatDays}, derived from the shop's orders) or that this customer already bought on two
 * days. Its cycle is the customer's own interval once there is one, else the shop's median; the readiness rules say
 * when it is due, from the share of the cycle the shop's orders show buyers wait ({@link RepeatHabits#dueShare()}).
 * Where buyers do not wait at all (a due share of 0), any owned product is one, cycle known or not: too few repeat
 * intervals to tell a cycle is no reason to hold back what customers buy again as readily as anything else.
 * Its relevance estimates the chance that the customer's next order holds it: the share of their recent orders that
 * did, as if so many more orders had held it at its share of all baskets — as many as the shop's orders say a
 * customer's own are worth ({@link RepeatHabits#priorOrders()}; {@value #DEFAULT_PRIOR_ORDERS} before they were
 * learned).
 */
final class RepeatPurchases {

    static final String TRAVERSAL = "repeat-purchase";
    /** The prior's weight until the orders have been derived: on the groceries history 2 ranked a product bought once above the best sellers. */
    static final double DEFAULT_PRIOR_ORDERS = 30;

    private RepeatPurchases() {
    }

    /** @param popularity what sells as of the decision's time (the prior: the product's share of baskets then) */
    static Optional<GraphCandidate> propose(ProductGraph graph, Popularity popularity, Traversals.Orders orders,
                                            Traversals.Owned owned) {
        Demand demand = graph.demand(owned.sku());
        Integer own = orders.ownCycleDays().get(owned.sku());
        Integer cycle = own != null ? own : demand.repeatDays();
        RepeatHabits habits = graph.repeatHabits();
        boolean noWait = habits.dueShare() != null && habits.dueShare() == 0;
        if (cycle == null && !noWait) {
            return Optional.empty();
        }
        double prior = habits.priorOrders() != null ? habits.priorOrders() : DEFAULT_PRIOR_ORDERS;
        int holding = orders.holding().getOrDefault(owned.sku(), 0);
        double relevance = (holding + prior * popularity.share(owned.sku()).year()) / (orders.count() + prior);
        return Optional.of(new GraphCandidate(Strategy.REPLENISHMENT, TRAVERSAL, owned.sku(), owned.sku(),
                own != null ? "OWN" : "SHOP", null, null, relevance, null, null, null, (double) holding, owned.at(), null,
                cycle, orders.count(), habits.dueShare()));
    }
}
