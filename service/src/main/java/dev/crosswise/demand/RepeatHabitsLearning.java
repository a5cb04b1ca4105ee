package dev.crosswise.demand;

import dev.crosswise.catalog.RepeatHabits;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns a shop's {@link RepeatHabits} from its orders, so that repeat purchases weigh what they are worth in this
 * shop and not in the one the defaults were tuned on: in a shop of weekly staples a customer's own orders predict
 * their next one; in another (the groceries history) they say almost nothing beyond the best sellers.
 * <ul>
 *   <li><b>prior orders</b>: each customer's last order is predicted from their earlier ones, as a decision would,
 *       with each candidate weight of the shop's shares; the weight whose predictions are likeliest (Bernoulli
 *       log-likelihood over every product) is kept;</li>
 *   <li><b>due share</b>: in every order after a customer's first, how often the products they bought before are
 *       bought again, by how far into the product's repeat cycle the order comes (observed / expected from the
 *       products' shares of all baskets), against how often once the cycle has passed — when a product is due by
 *       definition. The leading parts of the cycle where buyers buy it again significantly less often (z &lt; −2,
 *       Poisson) are the wait.</li>
 * </ul>
 */
final class RepeatHabitsLearning {

    /** The weights tried for the shop's shares, in orders. */
    static final double[] PRIOR_ORDERS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    /** Customers with two orders or more below which the prior is not learned. */
    static final int MIN_CUSTOMERS = 30;
    /** The parts of a cycle compared: from 0 to an eighth of it, …, from once the cycle to any later. */
    static final double[] CYCLE_SHARES = {0, 0.125, 0.25, 0.5, 0.75, 1.0};
    /** Expected purchases a part of the cycle needs before it is judged. */
    static final double MIN_EXPECTED = 5;
    static final double Z_BELOW = -2;

    private RepeatHabitsLearning() {
    }

    static RepeatHabits learn(List<Basket> baskets, Map<String, Integer> cycles) {
        Map<String, Integer> holding = new HashMap<>();
        int dated = 0;
        for (Basket basket : baskets) {
            if (basket.at() != null) {
                dated++;
                basket.skus().forEach(sku -> holding.merge(sku, 1, Integer::sum));
            }
        }
        if (dated == 0) {
            return RepeatHabits.UNKNOWN;
        }
        Map<String, Double> shares = new HashMap<>();
        int all = dated;
        holding.forEach((sku, n) -> shares.put(sku, (double) n / all));
        List<List<Basket>> histories = Basket.returningCustomersInOrder(baskets);
        return new RepeatHabits(priorOrders(histories, shares), dueShare(histories, shares, cycles));
    }

    static Double priorOrders(List<List<Basket>> histories, Map<String, Double> shares) {
        if (histories.size() < MIN_CUSTOMERS) {
            return null;
        }
        double[] allShares = shares.values().stream().mapToDouble(Double::doubleValue).toArray();
        double best = Double.NEGATIVE_INFINITY;
        Double chosen = null;
        for (double m : PRIOR_ORDERS) {
            // every product the customer never bought and does not buy next counts log(1 − prior); computed once per
            // number of earlier orders, then corrected for the products they bought or buy
            Map<Integer, Double> neverBought = new HashMap<>();
            double likelihood = 0;
            for (List<Basket> orders : histories) {
                int n = orders.size() - 1;
                Map<String, Integer> held = new HashMap<>();
                for (Basket earlier : orders.subList(0, n)) {
                    earlier.skus().forEach(sku -> held.merge(sku, 1, Integer::sum));
                }
                List<String> next = orders.get(n).skus();
                likelihood += neverBought.computeIfAbsent(n, k -> {
                    double sum = 0;
                    for (double s : allShares) {
                        sum += Math.log1p(-chance(0, k, s, m));
                    }
                    return sum;
                });
                Map<String, Boolean> judged = new HashMap<>();
                held.keySet().forEach(sku -> judged.put(sku, false));
                next.forEach(sku -> judged.put(sku, true));
                for (Map.Entry<String, Boolean> e : judged.entrySet()) {
                    double s = shares.getOrDefault(e.getKey(), 0.0);
                    double p = chance(held.getOrDefault(e.getKey(), 0), n, s, m);
                    likelihood += (e.getValue() ? Math.log(p) : Math.log1p(-p)) - Math.log1p(-chance(0, n, s, m));
                }
            }
            if (likelihood > best) {
                best = likelihood;
                chosen = m;
            }
        }
        return chosen;
    }

    /** The chance that the next order holds a product held by {@code held} of {@code orders}, share {@code s}. */
    private static double chance(int held, int orders, double s, double m) {
        double p = (held + m * s) / (orders + m);
        return Math.min(1 - 1e-9, Math.max(1e-9, p));
    }

    static Double dueShare(List<List<Basket>> histories, Map<String, Double> shares, Map<String, Integer> cycles) {
        double[] observed = new double[CYCLE_SHARES.length];
        double[] expected = new double[CYCLE_SHARES.length];
        for (List<Basket> orders : histories) {
            Map<String, Instant> lastBought = new HashMap<>();
            for (Basket order : orders) {
                for (Map.Entry<String, Instant> e : lastBought.entrySet()) {
                    Integer cycle = cycles.get(e.getKey());
                    if (cycle != null && cycle > 0) {
                        double days = Duration.between(e.getValue(), order.at()).toHours() / 24.0;
                        int part = part(days / cycle);
                        observed[part] += order.skus().contains(e.getKey()) ? 1 : 0;
                        expected[part] += shares.getOrDefault(e.getKey(), 0.0);
                    }
                }
                order.skus().forEach(sku -> lastBought.put(sku, order.at()));
            }
        }
        // once the cycle has passed, a product is due by definition: how often its buyers buy it again then
        int due = CYCLE_SHARES.length - 1;
        if (observed[due] < MIN_EXPECTED || expected[due] <= 0) {
            return null;
        }
        double dueRate = observed[due] / expected[due];
        for (int part = 0; part < due; part++) {
            double mean = dueRate * expected[part];
            if (mean < MIN_EXPECTED) {
                return null;
            }
            if ((observed[part] - mean) / Math.sqrt(mean) >= Z_BELOW) {
                return CYCLE_SHARES[part];
            }
        }
        return CYCLE_SHARES[due];
    }

    private static int part(double cycleShare) {
        int part = 0;
        while (part + 1 < CYCLE_SHARES.length && cycleShare >= CYCLE_SHARES[part + 1]) {
            part++;
        }
        return part;
    }
}
