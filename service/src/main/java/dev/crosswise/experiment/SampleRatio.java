package dev.crosswise.experiment;

/** GraphQL {@code SampleRatio}: whether the arms' customers split as their weights say. */
record SampleRatio(Double pValue, boolean flagged) {

    /** Below this, the split is not chance: something assigns or records customers unevenly. */
    static final double THRESHOLD = 0.001;

    static SampleRatio of(Double pValue) {
        return new SampleRatio(pValue, pValue != null && pValue < THRESHOLD);
    }
}
