package dev.crosswise.rules.facts;

/** A named window or threshold, declared once in {@code rules/settings/thresholds.drl} and read by the other rules. */
public final class Threshold {
    private final String name;
    private final double value;

    public Threshold(String name, double value) {
        this.name = name;
        this.value = value;
    }

    public String getName() { return name; }
    public double getValue() { return value; }

    @Override
    public String toString() {
        return name + " = " + value;
    }
}
