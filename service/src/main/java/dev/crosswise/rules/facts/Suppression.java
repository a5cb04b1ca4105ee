package dev.crosswise.rules.facts;

/** Conclusion of a guardrail: this candidate must not be offered. */
public final class Suppression {
    private final Candidate candidate;
    private final String rule;
    private final String reason;

    public Suppression(Candidate candidate, String rule, String reason) {
        this.candidate = candidate;
        this.rule = rule;
        this.reason = reason;
    }

    public Candidate getCandidate() { return candidate; }
    public String getRule() { return rule; }
    public String getReason() { return reason; }
}
