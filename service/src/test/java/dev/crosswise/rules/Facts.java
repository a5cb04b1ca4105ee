package dev.crosswise.rules;

import dev.crosswise.rules.facts.CartItem;
import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.CustomerProfile;
import dev.crosswise.rules.facts.DecisionRequest;
import dev.crosswise.rules.facts.Ownership;
import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Tier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small builders for rule facts, so rule tests state only what matters to the rule under test. */
public final class Facts {

    public static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    /** The real DRL files of the repository (tests run from the repository root). */
    public static final RuleSet RULES = RuleCompiler.compileDirectory(Path.of("rules"));

    private Facts() {
    }

    public static RuleOutcome evaluate(Object... facts) {
        return RuleEngine.evaluate(RULES, List.of(facts));
    }

    public static DecisionRequest request() {
        return new DecisionRequest("C-TEST", NOW, null, null, null, Set.of());
    }

    public static CustomerProfile customer(Tier tier) {
        return new CustomerProfile("C-TEST", "Test Customer", tier, 0, 0,
                Map.of(Channel.EMAIL, true, Channel.WEB, true), false, "UTC", NOW.minusSeconds(86_400L * 365),
                List.of(), NOW, 1, 50);
    }

    public static Candidate candidate(String sku, Strategy strategy, String anchorSku) {
        return new Candidate(sku, "Product " + sku, strategy, "test-traversal", 0.5, 50, 0.5, 10, "test-category",
                null, null, false, false, false, null, null, 1000, anchorSku, "Product " + anchorSku, "Test solution",
                "part", List.of("Customer:C-TEST", "Product:" + anchorSku, "Product:" + sku), "test candidate");
    }

    public static Ownership owned(String sku, double hoursSincePurchase) {
        return new Ownership(sku, "Product " + sku, "test-category", null, hoursSincePurchase, null, false, false);
    }

    public static Ownership returned(String sku, double hoursSincePurchase) {
        return new Ownership(sku, "Product " + sku, "test-category", null, hoursSincePurchase, null, false, true);
    }

    public static CartItem inCart(String sku) {
        return new CartItem(sku, 1, true);
    }
}
