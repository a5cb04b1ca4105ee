package dev.crosswise.rules.facts;

/** Derived: the customer is ready for this evolution candidate (used enough, long enough, or the child has grown). */
public final class EvolutionReady {
    private final Candidate candidate;
    private final String rule;
    private final String text;

    public EvolutionReady(Candidate candidate, String rule, String text) {
        this.candidate = candidate;
        this.rule = rule;
        this.text = text;
    }

    public Candidate getCandidate() { return candidate; }
    public String getRule() { return rule; }
    public String getText() { return text; }
}
