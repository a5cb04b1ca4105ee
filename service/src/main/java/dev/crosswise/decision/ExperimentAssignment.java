package dev.crosswise.decision;

/** The arm of one experiment a decision was made in ({@code rules/experiments/}); recorded with the decision. */
public record ExperimentAssignment(String experiment, String arm) {

    /** How a decision node stores it: {@code "experiment/arm"} (names never hold a {@code /}). */
    public String key() {
        return experiment + "/" + arm;
    }

    public static ExperimentAssignment ofKey(String key) {
        int slash = key.indexOf('/');
        return new ExperimentAssignment(key.substring(0, slash), key.substring(slash + 1));
    }
}
