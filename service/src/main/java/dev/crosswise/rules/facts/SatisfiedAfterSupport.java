package dev.crosswise.rules.facts;

/** Derived: a support case was resolved to the customer's satisfaction a while ago; trust is high. */
public final class SatisfiedAfterSupport {
    private final double hoursSinceResolved;
    private final int satisfaction;

    public SatisfiedAfterSupport(double hoursSinceResolved, int satisfaction) {
        this.hoursSinceResolved = hoursSinceResolved;
        this.satisfaction = satisfaction;
    }

    public double getHoursSinceResolved() { return hoursSinceResolved; }
    public int getSatisfaction() { return satisfaction; }
}
