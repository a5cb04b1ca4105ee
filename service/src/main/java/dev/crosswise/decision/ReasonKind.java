package dev.crosswise.decision;

public enum ReasonKind {
    CANDIDATE, MOMENT, LOYALTY, GUARDRAIL, CHANNEL, SCORE, INCENTIVE
}
