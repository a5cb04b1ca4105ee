package dev.crosswise.rules;

import java.time.Instant;
import java.util.List;
import org.kie.api.KieBase;

/**
 * A compiled, immutable set of rules. Shared by all requests; replaced as a whole, never edited in place.
 *
 * @param version content hash of the DRL files, prefixed by the load counter ("3-9f2c41d0a7b3")
 */
public record RuleSet(KieBase kieBase, String version, Instant loadedAt, List<String> files, List<String> ruleNames) {
}
