package dev.crosswise.copurchase;

/**
 * How strongly buying A predicts buying B, chosen by the relevance backtest over raw lift (which ranks a pair seen
 * twice between two rare items above milk and bread): the share of A's baskets that also hold B (confidence), shrunk
 * toward B's share of all baskets as if {@value #PRIOR_BASKETS} more of A's baskets had held B at that rate. A pair
 * seen in few baskets is judged mostly by how well B sells; one seen in many, by the pair itself. The result is an
 * estimate of the chance that a buyer of A takes B, on the same scale as the other order-based sources.
 *
 * @param support      baskets holding both
 * @param basketsWithA baskets holding A
 * @param shareOfB     B's share of all baskets
 */
public record Association(long support, double basketsWithA, double shareOfB) {

    /** How many of A's baskets the prior weighs as. */
    public static final double PRIOR_BASKETS = 10;

    /** From a {@code BOUGHT_WITH} edge's own figures: baskets with A = support / confidence, B's share = confidence / lift. */
    public static Association ofEdge(double support, double lift, double confidence) {
        return new Association(Math.round(support), support / confidence, confidence / lift);
    }

    public double confidence() {
        return support / basketsWithA;
    }

    /** (support + PRIOR x share of B) / (baskets with A + PRIOR). */
    public double strength() {
        return (support + PRIOR_BASKETS * shareOfB) / (basketsWithA + PRIOR_BASKETS);
    }

    /**
     * The strength for a buyer of A in an earlier order rather than in the basket being made: B's share plus the part
     * of the excess that carries over ({@code carryover}, learned from the shop's orders).
     */
    public double carriedOver(double carryover) {
        return shareOfB + carryover * (strength() - shareOfB);
    }

    /** The formula with its numbers, for a reason's text. */
    public String explained() {
        return "in %d of %d baskets with it (%s), shrunk toward its %s of all baskets: %s".formatted(support,
                Math.round(basketsWithA), percent(confidence()), percent(shareOfB), round(strength()));
    }

    private static String percent(double share) {
        return share >= 0.1 ? Math.round(share * 100) + " %" : Math.round(share * 1000) / 10.0 + " %";
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
