package dev.crosswise.rules;

/**
 * Rules that compile but fail as soon as a completion candidate is there (every warm-up decision has one): one
 * throws an exception, one an Error, one keeps re-triggering itself.
 */
public final class FailingRule {

    public static final String NAME = "Completion spotlight";
    /** The rule alone, for a file that imports {@code dev.crosswise.rules.facts.*}. */
    public static final String DRL = """
            rule "Completion spotlight"
            when
                $candidate : Candidate(strategy == Strategy.COMPLETION)
            then
                throw new IllegalStateException("spotlight not configured");
            end
            """;
    /** How a reload or a start reports it, after the file and line. */
    public static final String PROBLEM = "rule \"" + NAME + "\" fails while deciding: IllegalStateException: spotlight not configured";

    /** The same rule failing with an Error, which Drools does not wrap with the rule's name as it does exceptions. */
    public static final String ASSERTING_DRL = DRL.replace("throw new IllegalStateException", "throw new AssertionError");
    public static final String ASSERTING_PROBLEM = PROBLEM.replace("IllegalStateException", "AssertionError");

    /** A rule that keeps re-triggering itself: each note it inserts matches it again. */
    public static final String RUNAWAY_NAME = "Runaway: one more note";
    public static final String RUNAWAY_DRL = """
            rule "Start the notes"
            when
                $candidate : Candidate(strategy == Strategy.COMPLETION)
            then
                insert(new Note($candidate, "LOOP", "Start the notes", "first"));
            end

            rule "Runaway: one more note"
            when
                $note : Note(kind == "LOOP")
            then
                insert(new Note($note.getCandidate(), "LOOP", "Runaway: one more note", "again"));
            end
            """;

    private FailingRule() {
    }
}
