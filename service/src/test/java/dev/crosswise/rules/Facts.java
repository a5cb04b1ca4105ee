package dev.crosswise.rules;

import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.CartItem;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.CustomerProfile;
import dev.crosswise.rules.facts.DecisionRequest;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Exposure;
import dev.crosswise.rules.facts.OfferResponse;
import dev.crosswise.rules.facts.Ownership;
import dev.crosswise.rules.facts.Signal;
import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Tier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
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

    public static RuleOutcome evaluate(List<?> facts) {
        return RuleEngine.evaluate(RULES, facts);
    }

    public static DecisionRequest request() {
        return new DecisionRequest("C-TEST", NOW, null, null, null, Set.of());
    }

    public static DecisionRequest requestAt(String instant) {
        return new DecisionRequest("C-TEST", Instant.parse(instant), null, null, null, Set.of());
    }

    public static DecisionRequest requestOn(Channel channel) {
        return new DecisionRequest("C-TEST", NOW, channel, null, null, Set.of());
    }

    public static DecisionRequest requestAtPlacement(String placement) {
        return new DecisionRequest("C-TEST", NOW, null, placement, null, Set.of());
    }

    public static CustomerProfile customer(Tier tier) {
        return aCustomer().tier(tier).build();
    }

    public static CustomerBuilder aCustomer() {
        return new CustomerBuilder();
    }

    public static Candidate candidate(String sku, Strategy strategy, String anchorSku) {
        return like(sku, strategy, anchorSku).build();
    }

    /** A plain candidate to adjust: {@code like("SERUM", Strategy.ECOSYSTEM, "CLEANSER").minTier(Tier.GOLD).build()}. */
    public static Candidate.Builder like(String sku, Strategy strategy, String anchorSku) {
        return Candidate.builder(sku, "Product " + sku, strategy)
                .traversal("test-traversal").relevance(0.5).price(50).margin(0.5).stock(10).category("test-category")
                .daysSinceLaunch(1000).anchor(anchorSku, "Product " + anchorSku).via("Test solution").role("part")
                .path(List.of("Customer:C-TEST", "Product:" + anchorSku, "Product:" + sku)).explanation("test candidate");
    }

    public static Ownership owned(String sku, double hoursSincePurchase) {
        return new Ownership(sku, "Product " + sku, "test-category", null, hoursSincePurchase, null, false, false);
    }

    public static Ownership ownedDays(String sku, double daysSincePurchase) {
        return owned(sku, daysSincePurchase * 24);
    }

    public static Ownership used(String sku, double daysSincePurchase, double usagePercent) {
        return new Ownership(sku, "Product " + sku, "test-category", null, daysSincePurchase * 24, usagePercent, false, false);
    }

    public static Ownership givenAsGift(String sku, double daysSincePurchase) {
        return new Ownership(sku, "Product " + sku, "gifts", null, daysSincePurchase * 24, null, true, false);
    }

    public static Ownership returned(String sku, double hoursSincePurchase) {
        return new Ownership(sku, "Product " + sku, "test-category", null, hoursSincePurchase, null, false, true);
    }

    public static CartItem inCart(String sku) {
        return new CartItem(sku, 1, true);
    }

    /** A cart item put in the cart {@code hours} ago by a cart event (not the request's own cart). */
    public static CartItem leftInCart(String sku, double price, double hours) {
        return new CartItem(sku, "Product " + sku, price, hours, false);
    }

    public static CartItem inCartAt(String sku, double price) {
        return new CartItem(sku, "Product " + sku, price, 0, true);
    }

    public static Signal signal(String type, String sku, String category, double hoursAgo) {
        return new Signal("ev-" + type + "-" + sku + "-" + hoursAgo, type, sku, category, hoursAgo, null, null, null, false);
    }

    public static Signal view(String sku, String category, double hoursAgo) {
        return signal("VIEW", sku, category, hoursAgo);
    }

    public static Signal visit(double hoursAgo) {
        return signal("VISIT", null, null, hoursAgo);
    }

    public static Signal supportResolved(double hoursAgo, int satisfaction) {
        return new Signal("ev-resolved-" + hoursAgo, "SUPPORT_RESOLVED", null, null, hoursAgo, satisfaction, null, null, false);
    }

    public static Signal usageReport(String sku, double percent, double hoursAgo) {
        return new Signal("ev-usage-" + sku, "USAGE", sku, null, hoursAgo, null, null, percent, false);
    }

    public static Signal tierChanged(Tier tier, double daysAgo) {
        return new Signal("ev-tier-" + tier, "TIER_CHANGED", null, null, daysAgo * 24, null, tier.name(), null, false);
    }

    public static Exposure exposure(String decisionId, String sku, Channel channel, double daysAgo) {
        return new Exposure(decisionId, sku, channel, Strategy.COMPLETION, daysAgo * 24);
    }

    public static OfferResponse response(String type, String sku, double daysAgo) {
        return new OfferResponse("D-" + sku, sku, type, daysAgo * 24);
    }

    /** The rules that suppressed {@code candidate}, in no particular order. */
    public static List<String> suppressedBy(RuleOutcome outcome, Candidate candidate) {
        return outcome.suppressions().stream().filter(s -> s.getCandidate() == candidate).map(s -> s.getRule()).toList();
    }

    /** The moments the timing rules gave {@code candidate}. */
    public static List<Moment> momentsOf(RuleOutcome outcome, Candidate candidate) {
        return outcome.timings().stream().filter(t -> t.getCandidate() == candidate).map(t -> t.getMoment()).toList();
    }

    /** The channel arbitration would use for {@code candidate}: the pick with the highest preference, or null. */
    public static Channel chosenChannel(RuleOutcome outcome, Candidate candidate) {
        return outcome.channelPicks().stream().filter(p -> p.appliesTo(candidate))
                .max(java.util.Comparator.comparingInt(p -> p.getPreference())).map(p -> p.getChannel()).orElse(null);
    }

    /** The facts plus {@code more}, as one list for {@link #evaluate(List)}. */
    public static List<Object> with(List<?> facts, Object... more) {
        List<Object> all = new ArrayList<>(facts);
        all.addAll(Arrays.asList(more));
        return all;
    }

    /** A customer profile at {@link #NOW}: Bronze, consents to email (and web), UTC, no children. */
    public static final class CustomerBuilder {
        private Tier tier = Tier.BRONZE;
        private long points;
        private double spend;
        private final Map<Channel, Boolean> consents = new EnumMap<>(Map.of(Channel.EMAIL, true, Channel.WEB, true));
        private boolean optedOut;
        private String timeZone = "UTC";
        private List<Integer> children = List.of();
        private Instant at = NOW;
        private int purchases = 1;
        private double averagePrice = 50;

        public CustomerBuilder tier(Tier tier) { this.tier = tier; return this; }
        public CustomerBuilder points(long points) { this.points = points; return this; }
        public CustomerBuilder spend(double spend) { this.spend = spend; return this; }
        public CustomerBuilder consents(Channel... channels) {
            consents.clear();
            consents.put(Channel.WEB, true);
            for (Channel channel : channels) {
                consents.put(channel, true);
            }
            return this;
        }
        public CustomerBuilder optedOut() { this.optedOut = true; return this; }
        public CustomerBuilder timeZone(String timeZone) { this.timeZone = timeZone; return this; }
        public CustomerBuilder children(Integer... birthYears) { this.children = List.of(birthYears); return this; }
        public CustomerBuilder at(String instant) { this.at = Instant.parse(instant); return this; }
        public CustomerBuilder averagePrice(double averagePrice) { this.averagePrice = averagePrice; return this; }
        public CustomerBuilder noPurchases() { this.purchases = 0; this.averagePrice = 0; return this; }

        public CustomerProfile build() {
            return new CustomerProfile("C-TEST", "Test Customer", tier, points, spend, consents, optedOut, timeZone,
                    at.minusSeconds(86_400L * 365), children, at, purchases, averagePrice);
        }
    }
}
