package dev.crosswise.rules.facts;

/**
 * Conclusion of a guardrail: this incentive must not be offered (the margin after its discount is below the floor,
 * the customer's discounts of the period reach their cap). The candidate itself may still be offered, at its price.
 */
public final class IncentiveRefused {
    private final Incentive incentive;
    private final String rule;
    private final String reason;

    public IncentiveRefused(Incentive incentive, String rule, String reason) {
        this.incentive = incentive;
        this.rule = rule;
        this.reason = reason;
    }

    public Incentive getIncentive() { return incentive; }
    public String getRule() { return rule; }
    public String getReason() { return reason; }
}
