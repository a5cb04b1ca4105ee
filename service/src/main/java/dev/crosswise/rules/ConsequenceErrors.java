package dev.crosswise.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.jci.CompilationProblem;

/**
 * Where in a rule's {@code then} block a Java mistake is. Drools reports it at the rule's first line; the Java
 * compiler knows the line in the class Drools generated for the rule, whose consequence method starts at the rule's
 * consequence offset and holds the consequence's text, from its first character on, {@value #FIRST_TEXT_LINE} lines
 * below it, line for line. {@code ConsequenceErrorsTest} holds this to Drools' generated classes.
 */
final class ConsequenceErrors {

    /** The generated line of the consequence text's first line, counted from the consequence offset. */
    static final int FIRST_TEXT_LINE = 4;

    private static final Pattern THEN = Pattern.compile("\\bthen\\b");

    private ConsequenceErrors() {
    }

    /**
     * The line of the file {@code source} that a Java compile error in a rule's consequence is on; {@code
     * reported} (the rule's line, as Drools says) for any other problem or when it cannot be told.
     */
    static int line(KnowledgeBuilderResult result, String source, int reported) {
        if (source == null || !(result instanceof DescrBuildError error)
                || !(error.getDescr() instanceof RuleDescr rule)
                || !(error.getObject() instanceof CompilationProblem[] problems) || problems.length == 0
                || !(rule.getConsequence() instanceof String consequence)) {
            return reported;
        }
        int withinText = problems[0].getStartLine() - rule.getConsequenceOffset() - FIRST_TEXT_LINE;
        int textStart = firstTextLine(source, rule.getConsequenceLine());
        if (textStart <= 0 || withinText < 0 || withinText >= consequence.strip().split("\n", -1).length) {
            return reported;
        }
        return textStart + withinText;
    }

    /** The line of the first character after the {@code then} on line {@code thenLine} (1-based); 0 if none. */
    private static int firstTextLine(String source, int thenLine) {
        int at = 0;
        for (int line = 1; line < thenLine; line++) {
            int next = source.indexOf('\n', at);
            if (next < 0) {
                return 0;
            }
            at = next + 1;
        }
        int lineEnd = source.indexOf('\n', at);
        Matcher then = THEN.matcher(source).region(at, lineEnd < 0 ? source.length() : lineEnd);
        if (!then.find()) {
            return 0;
        }
        int line = thenLine;
        for (int i = then.end(); i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
            } else if (!Character.isWhitespace(c)) {
                return line;
            }
        }
        return 0;
    }
}
