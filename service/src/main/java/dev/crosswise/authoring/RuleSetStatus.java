package dev.crosswise.authoring;

import dev.crosswise.rules.RuleSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * GraphQL {@code RuleSet}: the rules serving now, how they did on the scenarios, and — when the newest change was
 * rejected — why.
 */
public record RuleSetStatus(String version, OffsetDateTime loadedAt, List<String> files, List<String> ruleNames,
                            List<RuleInfo> rules, ScenarioCheck scenarios, ReloadFailure lastError) {

    /** A rule and the file it is written in, relative to the rules folder. */
    public record RuleInfo(String name, String file, String packageName) {
    }

    static RuleSetStatus of(RuleSet rules, ScenarioCheck scenarios, ReloadFailure lastError) {
        return new RuleSetStatus(rules.version(), rules.loadedAt().atOffset(ZoneOffset.UTC), rules.files(),
                rules.ruleNames(), rulesOf(rules), scenarios, lastError);
    }

    private static List<RuleInfo> rulesOf(RuleSet rules) {
        List<RuleInfo> infos = new ArrayList<>();
        for (KiePackage kiePackage : rules.kieBase().getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                infos.add(new RuleInfo(rule.getName(), fileOf(rule), rule.getPackageName()));
            }
        }
        infos.sort(Comparator.comparing(RuleInfo::file, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RuleInfo::name));
        return infos;
    }

    private static String fileOf(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            return impl.getResource().getSourcePath().replaceFirst("^src/main/resources/", "");
        }
        return null;
    }
}
