package dev.crosswise.rules;

import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.CartItem;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.CustomerProfile;
import dev.crosswise.rules.facts.DecisionRequest;
import dev.crosswise.rules.facts.Exposure;
import dev.crosswise.rules.facts.OfferResponse;
import dev.crosswise.rules.facts.Ownership;
import dev.crosswise.rules.facts.Signal;
import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs a freshly compiled rule set once on a made-up decision that touches every kind of fact, so that Drools
 * builds its network and compiles its constraints before the first real request, not during it. Call it before a
 * rule set starts serving (at start, and before a reload swaps it in).
 */
public final class RuleWarmUp {

    private RuleWarmUp() {
    }

    /** @return the outcome of the made-up decision (nothing to act on; useful to check that the rules ran) */
    public static RuleOutcome warm(RuleSet rules) {
        return RuleEngine.evaluate(rules, sampleDecision());
    }

    /**
     * Warms up rules about to serve, and stops them when they fail on the made-up decision — a consequence throws, a
     * rule keeps re-triggering itself: they would fail on the requests too.
     *
     * @param sources the DRL the rules were compiled from, to locate the failing rule
     * @throws RuleCompilationException with the failing rule's file and line when Drools names the rule
     */
    public static void check(RuleSet rules, Map<String, String> sources) {
        RuleInFlight inFlight = new RuleInFlight();
        try {
            RuleEngine.evaluate(rules, sampleDecision(), inFlight);
        } catch (RuntimeException e) {
            throw new RuleCompilationException("Rules fail while deciding",
                    List.of(failedWhileDeciding(e, inFlight.rule, sources)));
        }
    }

    /** The rule whose consequence runs now: Drools names the rule of an exception, not of an Error. */
    private static final class RuleInFlight extends DefaultAgendaEventListener {

        private Rule rule;

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            rule = event.getMatch().getRule();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            rule = null;
        }
    }

    private static RuleProblem failedWhileDeciding(RuntimeException failure, Rule inFlight, Map<String, String> sources) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof ConsequenceException)) {
            cause = cause.getCause();
        }
        if (cause instanceof ConsequenceException consequence && consequence.getRule() != null) {
            Throwable thrown = consequence.getCause() == null ? consequence : consequence.getCause();
            return located(consequence.getRule(), sources, "fails while deciding: " + describe(thrown));
        }
        if (failure instanceof RuleEngine.RunawayRuleException runaway && runaway.rule() != null) {
            return located(runaway.rule(), sources, "keeps re-triggering itself: the made-up decision stopped after "
                    + RuleEngine.MAX_FIRINGS + " firings (does its consequence change, or insert, what its conditions match?)");
        }
        Throwable thrown = failure instanceof RuleEngine.RuleErrorException ? failure.getCause() : failure;
        if (inFlight != null) {
            return located(inFlight, sources, "fails while deciding: " + describe(thrown));
        }
        return new RuleProblem("rules", 0, 0, "the rules fail while deciding: " + describe(thrown));
    }

    private static RuleProblem located(Rule rule, Map<String, String> sources, String what) {
        String file = RuleCompiler.fileOf(rule);
        return new RuleProblem(file, RuleCompiler.lineOf(sources.get(file), rule.getName()), 0,
                "rule \"" + rule.getName() + "\" " + what);
    }

    private static String describe(Throwable thrown) {
        return thrown.getClass().getSimpleName() + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage());
    }

    static List<Object> sampleDecision() {
        Instant at = Instant.parse("2026-11-20T21:30:00Z");
        List<Object> facts = new ArrayList<>();
        facts.add(new DecisionRequest("warm-up", at, null, "CHECKOUT", "OWNED", Set.of("CART")));
        facts.add(new CustomerProfile("warm-up", "Warm-up", Tier.SILVER, 2600, 1200,
                Map.of(Channel.EMAIL, true, Channel.MOBILE, true, Channel.WEB, true), false, "Europe/Berlin",
                at.minusSeconds(86_400L * 400), List.of(2019), at, 2, 80));
        facts.add(new Ownership("OWNED", "Owned", "category", "family", 400 * 24.0, 80.0, false, false));
        facts.add(new Ownership("GIFT", "Gift", "gifts", null, 345 * 24.0, null, true, false));
        facts.add(new CartItem("CART", "Cart item", 100, 5, false));
        for (String type : List.of("VIEW", "VISIT", "USAGE", "SUPPORT_RESOLVED", "TIER_CHANGED", "PURCHASE")) {
            facts.add(new Signal("warm-up-" + type, type, "OWNED", "category", 30, 5, "GOLD", 90.0, false));
        }
        facts.add(new Exposure("warm-up-decision", "OWNED", Channel.EMAIL, Strategy.COMPLETION, 48));
        facts.add(new OfferResponse("warm-up-decision", "OWNED", "DISMISSED", 24));
        for (Strategy strategy : Strategy.values()) {
            facts.add(Candidate.builder("CANDIDATE-" + strategy, "Candidate", strategy)
                    .anchor(strategy == Strategy.UPSELL ? "CART" : "OWNED", "Anchor").category("category").family("family")
                    .price(260).margin(0.7).stock(5).season("WINTER").daysSinceLaunch(5).cycleDays(30)
                    .ageRange(strategy == Strategy.EVOLUTION ? 6 : 0, strategy == Strategy.EVOLUTION ? 7 : 0)
                    .minTier(strategy == Strategy.ECOSYSTEM ? Tier.GOLD : null).giftable(true).via("Solution")
                    .path(List.of("Product:OWNED", "Product:CANDIDATE-" + strategy)).build());
        }
        return facts;
    }
}
