package dev.crosswise.experiment;

/** GraphQL {@code Estimate}: a value with its 95 % interval, and for a lift the test's two-sided p-value. */
record Estimate(double value, double low, double high, Double pValue) {
}
