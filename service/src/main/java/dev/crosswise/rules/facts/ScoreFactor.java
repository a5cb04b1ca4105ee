package dev.crosswise.rules.facts;

/**
 * A business lever on a candidate's score (e.g. x1.2 for a high margin, x0.5 for low stock), or on every
 * candidate's ({@link #forEveryCandidate}); factors multiply.
 */
public final class ScoreFactor {
    private final Candidate candidate;
    private final double factor;
    private final String rule;
    private final String text;

    public ScoreFactor(Candidate candidate, double factor, String rule, String text) {
        this.candidate = candidate;
        this.factor = factor;
        this.rule = rule;
        this.text = text;
    }

    /**
     * One factor on every candidate's score, said once instead of once per candidate (as the loyalty weighting:
     * a rule that matches every candidate fires, and inserts, fifty times in a typical decision).
     */
    public static ScoreFactor forEveryCandidate(double factor, String rule, String text) {
        return new ScoreFactor(null, factor, rule, text);
    }

    /** The candidate weighted, or null when the factor weighs every candidate. */
    public Candidate getCandidate() { return candidate; }
    public boolean appliesTo(Candidate other) { return candidate == null || candidate == other; }
    public double getFactor() { return factor; }
    public String getRule() { return rule; }
    public String getText() { return text; }
}
