package dev.crosswise.rules.facts;

/** Conclusion of a moment rule: now is a good time for this candidate, with this weight. */
public final class Timing {
    private final Candidate candidate;
    private final Moment moment;
    private final double weight;
    private final String rule;
    private final String text;

    public Timing(Candidate candidate, Moment moment, double weight, String rule, String text) {
        this.candidate = candidate;
        this.moment = moment;
        this.weight = weight;
        this.rule = rule;
        this.text = text;
    }

    public Candidate getCandidate() { return candidate; }
    public Moment getMoment() { return moment; }
    public double getWeight() { return weight; }
    public String getRule() { return rule; }
    public String getText() { return text; }
}
