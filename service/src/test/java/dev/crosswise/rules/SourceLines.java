package dev.crosswise.rules;

/** Where a piece of text is in a source: the line numbers a located problem must give. */
public final class SourceLines {

    private SourceLines() {
    }

    /** The 1-based line of the first line of {@code text} containing {@code part}. */
    public static int lineOf(String text, String part) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(part)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("'" + part + "' is in no line of the text");
    }
}
