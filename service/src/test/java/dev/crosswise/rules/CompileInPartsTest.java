package dev.crosswise.rules;

import static dev.crosswise.rules.SourceLines.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A folder of many rules is cut into runs of whole rules that parse and compile side by side. Whatever the cut, the
 * rule set and its errors are those of the folder compiled whole: a file that is more than independent rules, or that
 * cannot be cut safely, compiles whole.
 */
class CompileInPartsTest {

    static final int MANY = 3 * RuleCompiler.RULES_PER_PART;

    @Test
    void aFolderOfManyIndependentRulesCompilesInParts() {
        RuleCompiler compiler = new RuleCompiler();

        RuleSet rules = compiler.recompile(Map.of("bench/levers.drl", levers(MANY, ""), "small/one.drl", levers(1, "")
                .replace("package bench;", "package small;").replace("rule \"Lever 0\"", "rule \"Small lever\"")));

        assertThat(rules.ruleNames()).hasSize(MANY + 1);
        assertThat(compiler.lastReport().parts()).containsEntry("bench", 3).containsEntry("small", 1);
    }

    @Test
    void aChunkKeepsEveryLineWhereItWasInTheFile() {
        String file = levers(MANY, "");
        String[] lines = file.split("\n", -1);

        List<RuleCompiler.Chunk> chunks = RuleCompiler.chunks("bench/levers.drl", file, 4);

        assertThat(chunks).hasSize(4);
        assertThat(chunks.stream().mapToInt(RuleCompiler.Chunk::rules).sum()).isEqualTo(MANY);
        for (RuleCompiler.Chunk chunk : chunks) {
            String[] chunkLines = chunk.text().split("\n", -1);
            for (int i = 0; i < chunkLines.length; i++) {
                if (!chunkLines[i].isEmpty()) {
                    assertThat(chunkLines[i]).isEqualTo(lines[i]);
                }
            }
        }
    }

    @Test
    void aSyntaxErrorInAFolderOfManyRulesCarriesItsLineAndColumn() {
        int deep = MANY * 3 / 4; // in a later part than the first
        String file = levers(MANY, "").replace("price >= " + deep + ".0)", "price >= )");
        RuleCompiler compiler = new RuleCompiler();

        var error = catchThrowableOfType(RuleCompilationException.class,
                () -> compiler.recompile(Map.of("bench/levers.drl", file)));

        assertThat(error.problems().getFirst()).satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("bench/levers.drl");
            assertThat(problem.line()).isEqualTo(lineOf(file, "price >= )"));
            assertThat(problem.column()).isPositive();
        });
        assertThat(compiler.lastReport().parts()).containsEntry("bench", 1);
    }

    @Test
    void aRuleLineInACommentIsNoPlaceToCut() {
        String file = levers(MANY, "").replace("rule \"Lever 300\"", """
                /*
                rule "Lever in a comment"
                when then end
                */
                rule "Lever 300\"""");

        RuleCompiler compiler = new RuleCompiler();

        RuleSet rules = compiler.recompile(Map.of("bench/levers.drl", file));

        assertThat(rules.ruleNames()).hasSize(MANY).contains("Lever 300").doesNotContain("Lever in a comment");
        assertThat(compiler.lastReport().parts()).containsEntry("bench", 1);
    }

    @Test
    void anImportBetweenRulesServesTheRulesAfterItAsInOneFile() {
        String file = levers(MANY, "").replace("rule \"Lever 1\"", "import java.util.Locale;\n\nrule \"Lever 1\"")
                .replace("\"Lever \" + " + (MANY - 1), "\"Lever \".toLowerCase(Locale.ROOT) + " + (MANY - 1));

        RuleCompiler compiler = new RuleCompiler();

        RuleSet rules = compiler.recompile(Map.of("bench/levers.drl", file));

        assertThat(rules.ruleNames()).hasSize(MANY);
        assertThat(compiler.lastReport().parts()).containsEntry("bench", 1);
    }

    @Test
    void aQueryAmongManyRulesHasEverythingCompileAsOne() {
        String file = levers(MANY, "") + "\nquery \"pricey\"\n    $candidate : Candidate(price > 100.0)\nend\n";

        RuleCompiler compiler = new RuleCompiler();

        RuleSet rules = compiler.recompile(Map.of("bench/levers.drl", file));

        assertThat(rules.ruleNames()).hasSize(MANY + 1).contains("pricey");
        assertThat(compiler.lastReport().parts()).containsExactly(Map.entry(RuleCompiler.ALL_FOLDERS, 1));
    }

    /** {@code count} independent rules, the price floor of rule i being i; each consequence ends with {@code extra}. */
    static String levers(int count, String extra) {
        return Levers.drl(count, i -> i, i -> extra);
    }
}
