package dev.crosswise.rules;

import static dev.crosswise.rules.SourceLines.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crosswise.rules.facts.Candidate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A rule compiler remembers what it compiled, folder by folder: after a change only the folders whose files changed
 * compile again, and the rule set that comes out decides exactly like one compiled from scratch.
 */
class IncrementalCompileTest {

    static final Map<String, String> REPOSITORY = RuleCompiler.readDirectory(Path.of("rules"));
    static final String THRESHOLDS = "settings/thresholds.drl";

    @Test
    void theFirstCompileCompilesEveryFolder() {
        RuleCompiler compiler = new RuleCompiler();

        compiler.recompile(REPOSITORY);

        assertThat(compiler.lastReport().compiledFolders())
                .containsExactlyInAnyOrder("channels", "guardrails", "incentives", "loyalty", "scoring", "settings", "timing");
        assertThat(compiler.lastReport().reusedFolders()).isEmpty();
    }

    @Test
    void anUnchangedFolderIsNotCompiledAgain() {
        RuleCompiler compiler = new RuleCompiler();
        RuleSet before = compiler.recompile(REPOSITORY);

        RuleSet after = compiler.recompile(with(THRESHOLDS, REPOSITORY.get(THRESHOLDS)
                .replace("\"post-purchase weight\", 1.5", "\"post-purchase weight\", 3.0")));

        assertThat(compiler.lastReport().compiledFolders()).containsExactly("settings");
        assertThat(compiler.lastReport().reusedFolders())
                .containsExactlyInAnyOrder("channels", "guardrails", "incentives", "loyalty", "scoring", "timing");
        assertThat(after.ruleNames()).isEqualTo(before.ruleNames());
        assertThat(after.version()).isNotEqualTo(before.version());
    }

    @Test
    void nothingChangedCompilesNothing() {
        RuleCompiler compiler = new RuleCompiler();
        compiler.recompile(REPOSITORY);

        compiler.recompile(REPOSITORY);

        assertThat(compiler.lastReport().compiledFolders()).isEmpty();
    }

    @Test
    void aRuleSetOfReusedFoldersDecidesLikeOneCompiledFromScratch() {
        RuleCompiler compiler = new RuleCompiler();
        compiler.recompile(REPOSITORY);
        Map<String, String> changed = with("settings/thresholds.drl", REPOSITORY.get(THRESHOLDS) + "\n// a comment\n");

        RuleSet incremental = compiler.recompile(changed);
        RuleSet fromScratch = RuleCompiler.compile(changed);

        assertThat(compiler.lastReport().reusedFolders()).isNotEmpty();
        assertThat(describe(RuleWarmUp.warm(incremental))).isEqualTo(describe(RuleWarmUp.warm(fromScratch)));
    }

    @Test
    void theRulesServingBeforeKeepWorkingBesideTheNewOnes() {
        RuleCompiler compiler = new RuleCompiler();
        RuleSet serving = compiler.recompile(REPOSITORY);
        List<String> servingOutcome = describe(RuleWarmUp.warm(serving));

        RuleSet next = compiler.recompile(with(THRESHOLDS, REPOSITORY.get(THRESHOLDS) + "\n// another comment\n"));

        // the reused folders are copies in the new rule base: both evaluate, side by side, as they did
        assertThat(describe(RuleWarmUp.warm(serving))).isEqualTo(servingOutcome);
        assertThat(describe(RuleWarmUp.warm(next))).isEqualTo(servingOutcome);
    }

    @Test
    void aReusedFolderServesInTheNewRuleBaseAsACopyOfItsOwn() {
        RuleCompiler compiler = new RuleCompiler();
        RuleSet serving = compiler.recompile(REPOSITORY);

        RuleSet next = compiler.recompile(with(THRESHOLDS, REPOSITORY.get(THRESHOLDS) + "\n// a third comment\n"));
        RuleSet afterThat = compiler.recompile(with(THRESHOLDS, REPOSITORY.get(THRESHOLDS) + "\n// a fourth comment\n"));

        assertThat(compiler.lastReport().reusedFolders()).contains("timing");
        String rule = "Post-purchase: complete what was just bought";
        assertThat(next.kieBase().getRule("timing", rule)).isNotNull()
                .isNotSameAs(serving.kieBase().getRule("timing", rule));
        assertThat(afterThat.kieBase().getRule("timing", rule)).isNotNull()
                .isNotSameAs(serving.kieBase().getRule("timing", rule))
                .isNotSameAs(next.kieBase().getRule("timing", rule));
    }

    @Test
    void aFolderKeptThroughAFailureServesAsCompiled() {
        RuleCompiler compiler = new RuleCompiler();
        Map<String, String> brokenTiming = with("timing/post-purchase.drl",
                REPOSITORY.get("timing/post-purchase.drl").replace("strategy == Strategy.COMPLETION", "strategy == "));
        catchThrowableOfType(RuleCompilationException.class, () -> compiler.recompile(brokenTiming));

        RuleSet fixed = compiler.recompile(REPOSITORY);

        assertThat(compiler.lastReport().reusedFolders()).contains("guardrails");
        assertThat(describe(RuleWarmUp.warm(fixed))).isEqualTo(describe(RuleWarmUp.warm(RuleCompiler.compile(REPOSITORY))));
    }

    @Test
    void aBrokenFileInOneFolderIsReportedWithItsPlaceAndTheOtherFoldersAreKept() {
        RuleCompiler compiler = new RuleCompiler();
        compiler.recompile(REPOSITORY);
        String postPurchase = REPOSITORY.get("timing/post-purchase.drl");
        Map<String, String> broken = with("timing/post-purchase.drl",
                postPurchase.replace("strategy == Strategy.COMPLETION", "strategy == "));

        var error = catchThrowableOfType(RuleCompilationException.class, () -> compiler.recompile(broken));

        assertThat(error.problems()).isNotEmpty().allSatisfy(problem ->
                assertThat(problem.file()).isEqualTo("timing/post-purchase.drl"));
        assertThat(error.problems().getFirst().line()).isEqualTo(lineOf(postPurchase, "strategy == Strategy.COMPLETION"));
        assertThat(compiler.lastReport().compiledFolders()).containsExactly("timing");

        // fixing it compiles that folder only: the others were kept through the failure
        compiler.recompile(REPOSITORY);
        assertThat(compiler.lastReport().compiledFolders()).containsExactly("timing");
    }

    @Test
    void aSyntaxErrorCarriesItsColumn() {
        var error = catchThrowableOfType(RuleCompilationException.class, () -> new RuleCompiler().recompile(Map.of(
                "x/a.drl", "package x;\nimport dev.crosswise.rules.facts.*;\nrule \"A\"\nwhen\n    Candidate(sku == )\nthen\nend\n")));

        assertThat(error.problems().getFirst()).satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("x/a.drl");
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.column()).isPositive();
        });
    }

    @Test
    void theSameRuleInAFolderAndAtTheTopInOnePackageIsAnError() {
        // a folder's files are of its package; a file at the top of the rules folder may be of any, this one too
        var error = catchThrowableOfType(RuleCompilationException.class, () -> new RuleCompiler().recompile(Map.of(
                "one.drl", "package shared;\n\nrule \"Twice\" when then end\n",
                "shared/two.drl", "package shared;\n\n\nrule \"Twice\" when then end\n")));

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("shared/two.drl");
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).isEqualTo("Duplicate rule name: \"Twice\" in package shared is also in one.drl");
        });
    }

    @Test
    void aTypeDeclaredInOneFolderAndUsedInAnotherCompilesWithItAsOne() {
        RuleCompiler compiler = new RuleCompiler();

        RuleSet rules = compiler.recompile(Map.of(
                "model/types.drl", "package model;\n\ndeclare Flag\n    name : String\nend\n",
                "use/rules.drl", "package use;\nimport model.Flag;\n\nrule \"Sees a flag\"\nwhen\n    Flag()\nthen\nend\n"));

        assertThat(rules.ruleNames()).containsExactly("Sees a flag");
        assertThat(compiler.lastReport().compiledFolders()).containsExactly(RuleCompiler.ALL_FOLDERS);
    }

    @Test
    void aFolderOfManyRulesCompilesInPartsAndKeepsEveryRule() {
        int count = 3 * RuleCompiler.RULES_PER_PART;

        RuleSet rules = new RuleCompiler().recompile(with("bench/levers.drl", levers(count, null)));

        assertThat(rules.ruleNames()).hasSize(REPOSITORY_RULES.size() + count);
        // the made-up decision's candidates are in "category" and cost 260: every lever applies to each of them
        RuleOutcome outcome = RuleWarmUp.warm(rules);
        assertThat(outcome.scoreFactors().stream().filter(f -> f.getRule().startsWith("Lever ")).count())
                .isEqualTo((long) count * RuleWarmUp.sampleDecision().stream()
                        .filter(Candidate.class::isInstance).count());
    }

    @Test
    void anErrorInAFolderOfManyRulesIsLocated() {
        int count = 3 * RuleCompiler.RULES_PER_PART;
        int brokenRule = count * 4 / 5; // in a later part than the first
        String broken = levers(count, brokenRule);

        var error = catchThrowableOfType(RuleCompilationException.class,
                () -> new RuleCompiler().recompile(with("bench/levers.drl", broken)));

        assertThat(error.problems()).isNotEmpty().allSatisfy(problem ->
                assertThat(problem.file()).isEqualTo("bench/levers.drl"));
        // as when compiled whole: at the consequence's line that has the mistake
        assertThat(error.problems().getFirst().line()).isEqualTo(lineOf(broken, "noSuchMethod"));
        assertThat(error.problems().getFirst().message()).contains("noSuchMethod");
    }

    static final List<String> REPOSITORY_RULES = RuleCompiler.compile(REPOSITORY).ruleNames();

    /** {@code count} independent rules in one file; rule {@code broken} (when not null) calls a method that is not there. */
    private static String levers(int count, Integer broken) {
        return Levers.drl(count, i -> i % 100,
                i -> broken != null && broken == i ? "\n    $candidate.noSuchMethod();" : "");
    }

    private static Map<String, String> with(String path, String text) {
        Map<String, String> sources = new TreeMap<>(REPOSITORY);
        sources.put(path, text);
        return sources;
    }

    /** Every conclusion of the rules, as sorted lines (the order facts come out of a session is not part of it). */
    private static List<String> describe(RuleOutcome outcome) {
        List<String> lines = new ArrayList<>();
        outcome.timings().forEach(t -> lines.add("timing " + sku(t.getCandidate()) + " " + t.getMoment() + " " + t.getWeight()
                + " " + t.getRule()));
        outcome.suppressions().forEach(s -> lines.add("suppressed " + sku(s.getCandidate()) + " " + s.getRule()));
        outcome.scoreFactors().forEach(f -> lines.add("score " + sku(f.getCandidate()) + " " + f.getFactor() + " " + f.getRule()));
        outcome.channelPicks().forEach(c -> lines.add("channel " + sku(c.getCandidate()) + " " + c.getChannel() + " "
                + c.getPreference() + " " + c.getRule()));
        outcome.notes().forEach(n -> lines.add("note " + sku(n.getCandidate()) + " " + n.getKind() + " " + n.getRule()));
        outcome.listLimits().forEach(l -> lines.add("limit " + l.getPer() + " " + l.getMax() + " " + l.getRule()));
        lines.add("tier " + outcome.loyaltyTier());
        Collections.sort(lines);
        return lines;
    }

    private static String sku(Candidate candidate) {
        return candidate == null ? "-" : candidate.getSku();
    }
}
