package dev.crosswise.bench.generator;

/**
 * How much offer traffic to generate on top of a generated graph: what {@code decide} recorded and what customers
 * did about it. The rates of responses and purchases are the generator's ({@link ActivityGenerator}); these values
 * set the volume.
 *
 * @param days               the history's length: decisions spread over the days before the graph's reference time
 * @param customerShare      share of customers who were shown offers in that time
 * @param decisionsPerCustomer mean number of recorded decisions per such customer
 * @param actions            actions per decision (one at checkout)
 */
public record ActivitySettings(int days, double customerShare, double decisionsPerCustomer, int actions) {

    /** 35 days (a 30-day report plus the windows before it), a fifth of the customers, ~4 decisions of 5 actions. */
    public static final ActivitySettings DEFAULT = new ActivitySettings(35, 0.2, 4, 5);

    public ActivitySettings {
        if (days < 1 || customerShare < 0 || customerShare > 1 || decisionsPerCustomer < 1 || actions < 1) {
            throw new IllegalArgumentException("days >= 1, 0 <= customerShare <= 1, decisionsPerCustomer >= 1, actions >= 1");
        }
    }

    /** Identifies the activity imported on a graph, so a benchmark can reuse it. */
    public String key(GeneratorSettings graph) {
        return "generated-activity days=" + days + " customers=" + customerShare + " decisions=" + decisionsPerCustomer
                + " actions=" + actions + " on " + graph.key();
    }
}
