package dev.crosswise.rules;

/** One compilation problem in a DRL file, located so an analyst can jump to it. */
public record RuleProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
