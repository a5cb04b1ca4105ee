package dev.crosswise.experiment;

/** The one thing an arm changes; an arm that changes nothing is the control. */
enum Variation {
    HOLDOUT("offers at all (holdout)"),
    RULES("the rules (a challenger)"),
    MESSAGE("the message"),
    CHANNEL("the channel"),
    TIMING("the timing windows");

    private final String text;

    Variation(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /**
     * What two experiments must not both vary for the same customers. Timing overrides are thresholds of the rules, so a
     * timing test and a challenger change the same thing: one decision cannot run on two rule sets.
     */
    Variation leakageGroup() {
        return this == TIMING ? RULES : this;
    }
}
