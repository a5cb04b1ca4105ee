package dev.crosswise.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The compiler warm-up compiles the rules folder again for the JIT only: the same rules a reload compiles, nothing
 * that serves, nothing the serving compiler remembers, and a folder that does not compile merely ends it.
 */
class CompilerWarmUpTest {

    static final Map<String, String> REPOSITORY = RuleCompiler.readDirectory(Path.of("rules"));

    @Test
    void theWarmUpCompilesTheRulesAReloadCompiles() throws InterruptedException {
        RuleSet warmUp = RuleCompiler.compileForWarmUp(REPOSITORY);

        assertThat(warmUp.ruleNames()).containsExactlyInAnyOrderElementsOf(RuleCompiler.compile(REPOSITORY).ruleNames());
        assertThat(RuleWarmUp.warm(warmUp).timings()).isNotEmpty();
    }

    @Test
    void aFolderOfManyRulesWarmsUpAsItsPartsCompile() throws InterruptedException {
        Map<String, String> sources = new TreeMap<>(REPOSITORY);
        sources.put("bench/levers.drl", Levers.drl(600, i -> 10 + i, i -> ""));

        RuleSet warmUp = RuleCompiler.compileForWarmUp(sources);

        assertThat(warmUp.ruleNames()).hasSize(600 + RuleCompiler.compile(REPOSITORY).ruleNames().size());
    }

    @Test
    void warmingUpLeavesTheServingCompilerAsItWas() throws InterruptedException {
        RuleCompiler compiler = new RuleCompiler();
        RuleSet serving = compiler.recompile(REPOSITORY);

        RuleCompiler.compileForWarmUp(REPOSITORY);
        RuleSet again = compiler.recompile(REPOSITORY);

        assertThat(compiler.lastReport().compiledFolders()).isEmpty();
        assertThat(again.ruleNames()).isEqualTo(serving.ruleNames());
    }

    @Test
    void theWarmUpCompilesUntilThisJvmHasCompiledAsManyRulesAsAsked() throws InterruptedException {
        long asked = RuleCompiler.rulesCompiled() + 100;

        CompilerWarmUp.Summary done = CompilerWarmUp.warm(REPOSITORY, asked);

        assertThat(RuleCompiler.rulesCompiled()).isGreaterThanOrEqualTo(asked);
        assertThat(CompilerWarmUp.warm(REPOSITORY, asked).compiles()).as("once warm, no more").isZero();
        assertThat(done.rules()).isEqualTo(done.compiles() * RuleCompiler.compile(REPOSITORY).ruleNames().size());
    }

    @Test
    void aFolderThatDoesNotCompileEndsTheWarmUpQuietly() throws InterruptedException {
        Map<String, String> broken = Map.of("broken/rule.drl", "package broken;\nrule \"x\" when then nonsense( end\n");

        CompilerWarmUp.Summary done = CompilerWarmUp.warm(broken, RuleCompiler.rulesCompiled() + 1_000);

        assertThat(done.compiles()).isZero();
        assertThat(RuleCompiler.compileForWarmUp(broken)).isNull();
    }
}
