package dev.crosswise.experiment;

/** GraphQL {@code ArmResult}: one arm's customers and traffic, its primary metric and its lift over the control. */
record ArmResult(String name, double weight, boolean control, boolean holdout, String varies, long customers,
                 long decisions, long exposures, long conversions, Estimate metric, Estimate lift) {
}
