package dev.crosswise.rules;

import static dev.crosswise.rules.SourceLines.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Mistakes Drools compiles without a word are located problems: a threshold no rule defines (the rule reading it
 * never fires), a threshold defined twice, the same rule name in two packages, a package that is not its folder's name.
 */
class RuleLintTest {

    static final Map<String, String> REPOSITORY = IncrementalCompileTest.REPOSITORY;
    static final String THRESHOLDS = IncrementalCompileTest.THRESHOLDS;

    @Test
    void aThresholdNoSettingDefinesIsAProblemAtTheRuleThatReadsIt() {
        String boost = """
                package scoring;
                import dev.crosswise.rules.facts.*;

                rule "Boost high margins"
                when
                    Threshold(name == "high-margin factor", $factor : value)
                    $candidate : Candidate(margin > 0.5)
                then
                    insert(new ScoreFactor($candidate, $factor, drools.getRule().getName(), "a high margin"));
                end
                """;

        List<RuleProblem> problems = problems(with("scoring/boost.drl", boost));

        assertThat(problems).containsExactly(new RuleProblem("scoring/boost.drl", 6, 0, "Threshold \"high-margin factor\" "
                + "is not defined (settings/thresholds.drl defines the thresholds); did you mean \"high margin factor\"?"));
    }

    @Test
    void aThresholdLikeNoDefinedOneIsAProblemWithoutAGuess() {
        String sale = """
                package timing;
                import dev.crosswise.rules.facts.*;

                rule "Spring sale"
                when
                    $candidate : Candidate()
                    Threshold("spring sale days" == name)
                then
                end
                """;

        assertThat(problems(with("timing/spring-sale.drl", sale))).containsExactly(new RuleProblem("timing/spring-sale.drl",
                7, 0, "Threshold \"spring sale days\" is not defined (settings/thresholds.drl defines the thresholds)"));
    }

    @Test
    void aThresholdReadUnderNotExistsOrAccumulateIsCheckedToo() {
        String nested = """
                package guardrails;
                import dev.crosswise.rules.facts.*;

                rule "Nested reads"
                when
                    not Threshold(name == "margin flor")
                    exists (Threshold(
                        value > 0,
                        name == "quiet hour start"))
                    Number() from accumulate(Threshold(name == "dismissal days" || name == "dismisal days"), count(1))
                then
                end
                """;

        assertThat(problems(with("guardrails/nested.drl", nested))).extracting(RuleProblem::line, RuleProblem::message)
                .containsExactly(
                        tuple(6, "Threshold \"margin flor\" is not defined (settings/"
                                + "thresholds.drl defines the thresholds); did you mean \"margin floor\"?"),
                        tuple(9, "Threshold \"quiet hour start\" is not defined (settings/"
                                + "thresholds.drl defines the thresholds); did you mean \"quiet hours start\"?"),
                        tuple(10, "Threshold \"dismisal days\" is not defined (settings/"
                                + "thresholds.drl defines the thresholds); did you mean \"dismissal days\"?"));
    }

    @Test
    void aThresholdDefinedTwiceIsAProblemAtItsSecondDefinition() {
        String thresholds = REPOSITORY.get(THRESHOLDS);
        String twice = thresholds.replace("    insert(new Threshold(\"high margin\", 0.65));\n",
                "    insert(new Threshold(\"high margin\", 0.65));\n    insert(new Threshold(\"margin floor\", 0.2));\n");

        assertThat(problems(with(THRESHOLDS, twice))).containsExactly(new RuleProblem(THRESHOLDS,
                lineOf(twice, "\"margin floor\", 0.2"), 0,
                "Threshold \"margin floor\" is defined twice: also at settings/thresholds.drl:" + lineOf(twice, "\"margin floor\", 0.10")));
    }

    @Test
    void aThresholdWhoseValueIsNotOneNumberIsAProblemAtItsOwnLine() {
        String quoted = REPOSITORY.get(THRESHOLDS).replace("\"post-purchase window hours\", 48", "\"post-purchase window hours\", \"72\"");
        String comma = REPOSITORY.get(THRESHOLDS).replace("\"margin floor\", 0.10", "\"margin floor\", 0,10");

        assertThat(problems(with(THRESHOLDS, quoted))).contains(new RuleProblem(THRESHOLDS,
                lineOf(quoted, "\"post-purchase window hours\""), 0,
                "Threshold \"post-purchase window hours\": its value must be a number, not text: 72 without the quotes"));
        assertThat(problems(with(THRESHOLDS, comma))).contains(new RuleProblem(THRESHOLDS,
                lineOf(comma, "\"margin floor\""), 0,
                "Threshold \"margin floor\": its value must be one number, with a decimal point (0.1, not 0,1); got 010"));
    }

    @Test
    void aThresholdDefinitionCommentedOutDefinesNothing() {
        String commented = REPOSITORY.get(THRESHOLDS).replace("    insert(new Threshold(\"margin floor\", 0.10));",
                "    // insert(new Threshold(\"margin floor\", 0.10)); /* new Threshold(\"margin floor\", 0.2) */");

        // every rule that reads it: the margin floor of products and of discounts
        assertThat(problems(with(THRESHOLDS, commented))).containsExactly(new RuleProblem("guardrails/incentives.drl",
                lineOf(REPOSITORY.get("guardrails/incentives.drl"), "\"margin floor\""), 0,
                "Threshold \"margin floor\" is not defined (settings/thresholds.drl defines the thresholds)"),
                new RuleProblem("guardrails/stock-and-margin.drl",
                lineOf(REPOSITORY.get("guardrails/stock-and-margin.drl"), "\"margin floor\""), 0,
                "Threshold \"margin floor\" is not defined (settings/thresholds.drl defines the thresholds)"));
    }

    @Test
    void aThresholdRenamedInTheSettingsIsAProblemAtTheRulesOfTheFoldersKept() {
        RuleCompiler compiler = new RuleCompiler();
        compiler.recompile(REPOSITORY);
        Map<String, String> renamed = with(THRESHOLDS, REPOSITORY.get(THRESHOLDS)
                .replace("\"margin floor\", 0.10", "\"margin-floor\", 0.10"));

        var error = catchThrowableOfType(RuleCompilationException.class, () -> compiler.recompile(renamed));

        assertThat(compiler.lastReport().compiledFolders()).containsExactly("settings");
        assertThat(error.problems()).containsExactly(new RuleProblem("guardrails/incentives.drl",
                lineOf(REPOSITORY.get("guardrails/incentives.drl"), "\"margin floor\""), 0, "Threshold \"margin floor\" "
                + "is not defined (settings/thresholds.drl defines the thresholds); did you mean \"margin-floor\"?"),
                new RuleProblem("guardrails/stock-and-margin.drl",
                lineOf(REPOSITORY.get("guardrails/stock-and-margin.drl"), "\"margin floor\""), 0, "Threshold \"margin floor\" "
                + "is not defined (settings/thresholds.drl defines the thresholds); did you mean \"margin-floor\"?"));
        compiler.recompile(REPOSITORY);
    }

    @Test
    void aFolderOfManyRulesCompiledInPartsIsCheckedLineByLine() {
        String levers = Levers.drl(3 * RuleCompiler.RULES_PER_PART, i -> i,
                i -> i == 10 ? "\n    insert(new Threshold(\"margin floor\", 0.5));" : "")
                .replace("rule \"Lever 300\"\nwhen\n", "rule \"Lever 300\"\nwhen\n    Threshold(name == \"margn floor\")\n");
        RuleCompiler compiler = new RuleCompiler();

        var error = catchThrowableOfType(RuleCompilationException.class,
                () -> compiler.recompile(with("bench/levers.drl", levers)));

        assertThat(compiler.lastReport().parts()).containsEntry("bench", 3);
        assertThat(error.problems()).containsExactly(
                new RuleProblem(THRESHOLDS, lineOf(REPOSITORY.get(THRESHOLDS), "\"margin floor\""), 0, "Threshold \"margin floor\" "
                        + "is defined twice: also at bench/levers.drl:" + lineOf(levers, "\"margin floor\", 0.5")),
                new RuleProblem("bench/levers.drl", lineOf(levers, "margn floor"), 0, "Threshold \"margn floor\" is not "
                        + "defined (bench/levers.drl, settings/thresholds.drl define the thresholds); did you mean \"margin floor\"?"));
    }

    @Test
    void aRuleLineInACommentDoesNotHideAThresholdRead() {
        String retired = """
                package scoring;
                import dev.crosswise.rules.facts.*;
                /*
                rule "Old boost", retired
                */
                rule "Boost"
                when
                    Threshold(name == "high-margin factor", $factor : value)
                then
                end
                """;

        assertThat(problems(with("scoring/retired.drl", retired))).extracting(RuleProblem::file, RuleProblem::line)
                .containsExactly(tuple("scoring/retired.drl", 8));
    }

    @Test
    void theSameRuleNameInTwoPackagesIsAProblemAtTheLaterFile() {
        String cyberMonday = """
                package promotions;
                import dev.crosswise.rules.facts.*;

                rule "Never offer what is out of stock"
                when
                    $candidate : Candidate(stock <= 1)
                then
                end
                """;

        assertThat(problems(with("promotions/cyber-monday.drl", cyberMonday))).containsExactly(new RuleProblem(
                "promotions/cyber-monday.drl", 4, 0, "Duplicate rule name: \"Never offer what is out of stock\" in package "
                + "promotions is also in guardrails/stock-and-margin.drl (package guardrails): reasons, suppressions and "
                + "scenarios name a rule by its name alone, so give one of them another name"));
    }

    @Test
    void aRuleNameTakenInAFolderKeptIsAProblemInTheFolderJustChanged() {
        RuleCompiler compiler = new RuleCompiler();
        compiler.recompile(REPOSITORY);
        String campaign = "package campaigns;\n\nrule \"Keep above the margin floor\" when then end\n";

        var error = catchThrowableOfType(RuleCompilationException.class,
                () -> compiler.recompile(with("campaigns/autumn.drl", campaign)));

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("campaigns/autumn.drl");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("is also in guardrails/stock-and-margin.drl (package guardrails)");
        });
    }

    @Test
    void aPackageThatIsNotItsFoldersNameIsAProblemAtThePackageLine() {
        String blackFriday = """
                // Black Friday: a week of deals.
                package timing;

                rule "Black Friday week" when then end
                """;

        assertThat(problems(with("promotions/black-friday.drl", blackFriday))).containsExactly(new RuleProblem(
                "promotions/black-friday.drl", 2, 0,
                "package timing does not match the folder promotions: a file's package is its folder's name"));
    }

    @Test
    void aFileInAFolderWithoutAPackageLineIsAProblem() {
        assertThat(problems(with("promotions/black-friday.drl", "rule \"Black Friday week\" when then end\n")))
                .containsExactly(new RuleProblem("promotions/black-friday.drl", 1, 0,
                        "no package line: a file's package is its folder's name, so start the file with: package promotions;"));
    }

    @Test
    void aFolderNameThatCannotBeAPackageIsAProblemOnce() {
        Map<String, String> sources = with("black-friday/deals.drl", "package black_friday;\n\nrule \"Deals\" when then end\n");
        sources.put("black-friday/more.drl", "package black_friday;\n\nrule \"More deals\" when then end\n");

        assertThat(problems(sources)).containsExactly(new RuleProblem("black-friday/deals.drl", 1, 0, "the folder "
                + "black-friday cannot be a package: a file's package is its folder's name, so name the folder with "
                + "letters, digits and _ only (like black_friday)"));
    }

    @Test
    void aFileAtTheTopOfTheRulesFolderOrInANestedFolderCompilesWithItsPackage() {
        Map<String, String> sources = with("extra.drl", "package anything;\n\nrule \"At the top\" when then end\n");
        sources.put("promotions/weekly/deals.drl", "package promotions.weekly;\n\nrule \"Weekly deals\" when then end\n");

        assertThat(RuleCompiler.compile(sources).ruleNames()).contains("At the top", "Weekly deals");
    }

    @Test
    void theRepositoryRulesHaveNoneOfTheseMistakes() {
        RuleLint lint = new RuleLint();
        lint.read(REPOSITORY, Map.of());

        assertThat(lint.check().problems()).isEmpty();
    }

    @Test
    void aThresholdNothingReadsIsAWarningOnly() {
        RuleLint lint = new RuleLint();
        String thresholds = REPOSITORY.get(THRESHOLDS).replace("    insert(new Threshold(\"high margin\", 0.65));\n",
                "    insert(new Threshold(\"high margin\", 0.65));\n    insert(new Threshold(\"autumn boost\", 1.2));\n");
        lint.read(with(THRESHOLDS, thresholds), Map.of());

        RuleLint.Findings findings = lint.check();

        assertThat(findings.problems()).isEmpty();
        assertThat(findings.warnings()).containsExactly("Threshold \"autumn boost\" (settings/thresholds.drl:"
                + lineOf(thresholds, "autumn boost") + ") is read by no rule");
        assertThat(RuleCompiler.compile(with(THRESHOLDS, thresholds)).ruleNames()).isNotEmpty();
    }

    /** The problems compiling {@code sources} reports; none is a failure of the test. */
    private static List<RuleProblem> problems(Map<String, String> sources) {
        var error = catchThrowableOfType(RuleCompilationException.class, () -> RuleCompiler.compile(sources));
        assertThat(error).as("a problem").isNotNull();
        return error.problems();
    }

    private static Map<String, String> with(String path, String text) {
        Map<String, String> sources = new TreeMap<>(REPOSITORY);
        sources.put(path, text);
        return sources;
    }
}
