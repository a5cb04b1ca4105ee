package dev.crosswise.rules;

/** A rule that compiles but throws as soon as a completion candidate is there (every warm-up decision has one). */
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

    private FailingRule() {
    }
}
