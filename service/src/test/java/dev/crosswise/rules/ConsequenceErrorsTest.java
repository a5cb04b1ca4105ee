package dev.crosswise.rules;

import static dev.crosswise.rules.SourceLines.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Java mistake in a rule's {@code then} block is reported at its own line, not at the rule's first. */
class ConsequenceErrorsTest {

    @Test
    void aMistakeInAConsequenceIsAtItsOwnLine() {
        String drl = """
                package timing;
                import dev.crosswise.rules.facts.*;

                rule "Announce"
                    salience 10
                when
                    $candidate : Candidate( $sku : sku, relevance > 0.2 )
                    $profile : CustomerProfile( )
                then
                    String sku = $sku;
                    insertLogical(new Note($candidate, "Announce", "INFO", sku));
                    $candidate.noSuchMethod();
                end
                """;

        assertThat(problemLine(drl)).isEqualTo(lineOf(drl, "noSuchMethod"));
    }

    @Test
    void blankLinesCommentsAndModifyBlocksBeforeItDoNotShiftTheLine() {
        String drl = """
                package timing;
                import dev.crosswise.rules.facts.*;

                rule "Announce"
                when
                    $seen : java.util.List( )
                then

                    // a comment
                    /* a block
                       comment */
                    modify($seen) {
                        clear()
                    }
                    String label = "x";
                    label.noSuchMethod();
                end
                """;

        assertThat(problemLine(drl)).isEqualTo(lineOf(drl, "noSuchMethod"));
    }

    @Test
    void aConsequenceOnTheThenLineIsFoundThere() {
        String drl = """
                package timing;
                import dev.crosswise.rules.facts.*;

                rule "Other rule"
                when
                    Candidate( )
                then
                end

                rule "Announce" when $candidate : Candidate( ) then $candidate.noSuchMethod();
                end
                """;

        assertThat(problemLine(drl)).isEqualTo(lineOf(drl, "noSuchMethod"));
    }

    @Test
    void anUnknownNameInTheSecondRuleOfAFileIsInThatRule() {
        String drl = """
                package timing;
                import dev.crosswise.rules.facts.*;

                rule "Fine"
                when
                    Candidate( )
                then
                    System.getProperty("x");
                end

                rule "Announce"
                when
                    Candidate( )
                then
                    System.getProperty("x");
                    undefinedVariable.call();
                    System.getProperty("y");
                end
                """;

        assertThat(problemLine(drl)).isEqualTo(lineOf(drl, "undefinedVariable"));
    }

    private static int problemLine(String drl) {
        var error = catchThrowableOfType(RuleCompilationException.class,
                () -> RuleCompiler.compile(Map.of("timing/announce.drl", drl)));
        assertThat(error.problems()).first().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("timing/announce.drl");
            assertThat(problem.message()).containsAnyOf("noSuchMethod", "undefinedVariable");
        });
        return error.problems().getFirst().line();
    }
}
