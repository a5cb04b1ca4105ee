package dev.crosswise.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleClassLoaderTest {

    /** The service's class path, remembering what it was asked for. */
    static final class AskedClassPath extends ClassLoader {

        final List<String> asked = new ArrayList<>();

        AskedClassPath() {
            super(RuleClassLoaderTest.class.getClassLoader());
        }

        @Override
        public URL getResource(String name) {
            asked.add(name);
            return super.getResource(name);
        }
    }

    private final AskedClassPath classPath = new AskedClassPath();
    private final RuleClassLoader loader = new RuleClassLoader(classPath);

    @Test
    void aClassGeneratedForARuleIsNotSearchedForOnTheClassPath() {
        loader.addRulePackage("bench");

        assertThat(loader.getResource("bench/Rule_Campaign_lever_00011234567890.class")).isNull();
        assertThat(classPath.asked).isEmpty();
    }

    @Test
    void theServiceClassesInARulePackageAreStillFound() {
        loader.addRulePackage("dev.crosswise.rules");

        assertThat(loader.getResource("dev/crosswise/rules/RuleCompiler.class")).isNotNull();
        assertThat(loader.getResource("dev/crosswise/rules/facts/Candidate.class")).isNotNull();
    }

    @Test
    void aRuleClassOutsideTheRulePackagesIsSearchedForAsAnyOther() {
        loader.addRulePackage("bench");

        assertThat(loader.getResource("elsewhere/Rule_Something.class")).isNull();
        assertThat(classPath.asked).containsExactly("elsewhere/Rule_Something.class");
    }
}
