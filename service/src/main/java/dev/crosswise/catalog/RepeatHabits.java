package dev.crosswise.catalog;

/**
 * How this shop's customers buy again, learned from its orders by {@code recomputeCoPurchases}: what a decision needs
 * to weigh a customer's own orders against the shop's best sellers, and to tell when an owned product is due again.
 * Written on {@code (:BasketWeeks {id: 'all'})} as {@code repeatPriorOrders} and {@code repeatDueShare}.
 *
 * @param priorOrders how many orders a product's share of all baskets weighs as against the customer's own when the
 *                    chance that their next order holds it is estimated: few in a shop whose customers keep buying
 *                    the same things, many where a customer's past says little of their next basket; null when the
 *                    orders could not tell (too few customers with two orders)
 * @param dueShare    the share of a product's repeat cycle before which its buyers buy it again less often than
 *                    once the cycle has passed: 0 when they buy it again as often right after a purchase; null
 *                    when the orders could not tell (the analysts' threshold decides then)
 */
public record RepeatHabits(Double priorOrders, Double dueShare) {

    public static final RepeatHabits UNKNOWN = new RepeatHabits(null, null);
}
