package dev.crosswise.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleCompilerTest {

    @Test
    void theRepositoryRulesCompileAndAreNamed() {
        RuleSet rules = Facts.RULES;

        assertThat(rules.files()).contains("guardrails/owned-and-in-cart.drl", "timing/post-purchase.drl");
        assertThat(rules.ruleNames()).contains("Never offer what the customer owns",
                "Post-purchase: complete what was just bought");
        assertThat(rules.version()).matches("\\d+-[0-9a-f]{12}");
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine() {
        var broken = Map.of("timing/broken.drl", """
                package timing;
                import dev.crosswise.rules.facts.*;

                rule "Broken"
                when
                    Candidate(sku == )
                then
                end
                """);

        var error = catchThrowableOfType(RuleCompilationException.class, () -> RuleCompiler.compile(broken));

        assertThat(error.problems()).isNotEmpty();
        assertThat(error.problems().getFirst().file()).isEqualTo("timing/broken.drl");
        assertThat(error.problems().getFirst().line()).isEqualTo(6);
    }

    @Test
    void theVersionChangesWithTheContent() {
        var a = RuleCompiler.compile(Map.of("x/a.drl", "package x;\nrule \"A\" when then end\n"));
        var b = RuleCompiler.compile(Map.of("x/a.drl", "package x;\nrule \"B\" when then end\n"));

        assertThat(a.version().substring(a.version().indexOf('-')))
                .isNotEqualTo(b.version().substring(b.version().indexOf('-')));
    }
}
