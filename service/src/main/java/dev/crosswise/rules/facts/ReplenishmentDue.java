package dev.crosswise.rules.facts;

/** Derived: this replenishment candidate is due now (its cycle is nearly over, or a gift comes round again). */
public final class ReplenishmentDue {
    private final Candidate candidate;
    private final String rule;
    private final String text;

    public ReplenishmentDue(Candidate candidate, String rule, String text) {
        this.candidate = candidate;
        this.rule = rule;
        this.text = text;
    }

    public Candidate getCandidate() { return candidate; }
    public String getRule() { return rule; }
    public String getText() { return text; }
}
