package dev.crosswise.rules.facts;

/** A reason a rule wants shown on a candidate's action without changing its score (e.g. a loyalty unlock). */
public final class Note {
    private final Candidate candidate;
    private final String kind;
    private final String rule;
    private final String text;

    public Note(Candidate candidate, String kind, String rule, String text) {
        this.candidate = candidate;
        this.kind = kind;
        this.rule = rule;
        this.text = text;
    }

    public Candidate getCandidate() { return candidate; }
    /** One of the ReasonKind names: LOYALTY, MOMENT, GUARDRAIL, CHANNEL, SCORE. */
    public String getKind() { return kind; }
    public String getRule() { return rule; }
    public String getText() { return text; }
}
