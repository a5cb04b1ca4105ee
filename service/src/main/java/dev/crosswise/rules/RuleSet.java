package dev.crosswise.rules;

import java.time.Instant;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled, immutable set of rules. Shared by all requests; replaced as a whole, never edited in place.
 *
 * @param version  content hash of the DRL files, prefixed by the load counter ("3-9f2c41d0a7b3")
 * @param sessions sessions of this rule base kept between decisions: a session handed back is reset, not rebuilt
 *                 (building a session's network memory for every decision was a tenth of the rules' work)
 */
public record RuleSet(KieBase kieBase, String version, Instant loadedAt, List<String> files, List<String> ruleNames,
                      KieSessionsPool sessions) {

    public RuleSet(KieBase kieBase, String version, Instant loadedAt, List<String> files, List<String> ruleNames) {
        this(kieBase, version, loadedAt, files, ruleNames, kieBase.newKieSessionsPool(0));
    }
}
