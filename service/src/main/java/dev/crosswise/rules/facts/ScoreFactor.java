package dev.crosswise.rules.facts;

/** A business lever on a candidate's score (e.g. x1.2 for a high margin, x0.5 for low stock); factors multiply. */
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

    public Candidate getCandidate() { return candidate; }
    public double getFactor() { return factor; }
    public String getRule() { return rule; }
    public String getText() { return text; }
}
