package dev.crosswise.bench.generator;

import java.time.Instant;

/**
 * What to generate. Everything the generator produces follows from these values: the same settings give the same
 * graph, row for row.
 *
 * @param seed             the random seed
 * @param customers        number of customers
 * @param products         number of products (categories, families and solutions scale with it)
 * @param ownsPerCustomer  mean number of distinct products a customer owns (power-law popularity)
 * @param eventShare       share of customers with recent signals (views, visits, carts, purchases)
 * @param exposureShare    share of customers with recent exposures (recorded decisions)
 * @param reference        "now" of the generated history: every time lies before it
 */
public record GeneratorSettings(long seed, int customers, int products, double ownsPerCustomer, double eventShare,
                                double exposureShare, Instant reference) {

    /** The time the benchmark asks its decisions at, and the end of the generated history. */
    public static final Instant REFERENCE = Instant.parse("2026-11-20T12:00:00Z");

    /** The scale of the budgets: 100 000 customers, 5 000 products, about 1 000 000 ownership edges. */
    public static GeneratorSettings full(long seed) {
        return new GeneratorSettings(seed, 100_000, 5_000, 10.2, 0.2, 0.1, REFERENCE);
    }

    public GeneratorSettings withCustomers(int count) {
        return new GeneratorSettings(seed, count, products, ownsPerCustomer, eventShare, exposureShare, reference);
    }

    public GeneratorSettings withProducts(int count) {
        return new GeneratorSettings(seed, customers, count, ownsPerCustomer, eventShare, exposureShare, reference);
    }

    /** Identifies a generated graph in the store, so a benchmark can reuse one already imported. */
    public String key() {
        return "generated-graph seed=" + seed + " customers=" + customers + " products=" + products
                + " owns=" + ownsPerCustomer + " events=" + eventShare + " exposures=" + exposureShare
                + " reference=" + reference;
    }
}
