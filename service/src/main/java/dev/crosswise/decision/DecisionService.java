package dev.crosswise.decision;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.catalog.Product;
import dev.crosswise.messages.MessageTemplatesFolder;
import dev.crosswise.promotion.Promotions;
import dev.crosswise.rules.RuleEngine;
import dev.crosswise.rules.RuleOutcome;
import dev.crosswise.rules.RuleSet;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.DecisionRequest;
import dev.crosswise.rules.facts.Incentive;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/** The decision flow: one graph read, one rule evaluation, arbitration. Writes nothing. */
@Service
public class DecisionService {

    public static final int MAX_LIMIT = 50;

    private final CustomerContextReader contextReader;
    private final RuleEngine ruleEngine;
    private final MessageTemplatesFolder texts;
    /** The experiment arms a customer is in and what they change: read from memory, no graph read. */
    private final Treatments treatments;
    /** The running promotions of the candidates' products, from memory: no graph read. */
    private final Promotions promotions;
    private final Clock clock;
    /** Where a decision's time goes (metric {@code crosswise.decision.stage}): the graph read, the rules, arbitration. */
    private final Timer readTime;
    private final Timer rulesTime;
    private final Timer arbitrationTime;

    DecisionService(CustomerContextReader contextReader, RuleEngine ruleEngine, MessageTemplatesFolder texts, Clock clock,
                    MeterRegistry meters) {
        this(contextReader, ruleEngine, texts, Treatments.NONE, Promotions.none(), clock, meters);
    }

    @Autowired
    DecisionService(CustomerContextReader contextReader, RuleEngine ruleEngine, MessageTemplatesFolder texts,
                    Treatments treatments, Promotions promotions, Clock clock, MeterRegistry meters) {
        this.contextReader = contextReader;
        this.promotions = promotions;
        this.texts = texts;
        this.treatments = treatments;
        this.ruleEngine = ruleEngine;
        this.clock = clock;
        this.readTime = stage(meters, "read", "one customer's context read from the graph");
        this.rulesTime = stage(meters, "rules", "one rule evaluation (a Drools session over the context's facts)");
        this.arbitrationTime = stage(meters, "arbitration", "scores, ranking, channels and messages of one decision");
    }

    private static Timer stage(MeterRegistry meters, String stage, String description) {
        return Timer.builder("crosswise.decision.stage").tag("stage", stage).description(description).register(meters);
    }

    /**
     * The decision for {@code customerId}, or, when it is null, for an anonymous visitor: from the request's context
     * alone, on the web, with the guardrails that need a customer skipped (their rules match no customer profile).
     */
    public Decision whatNext(String customerId, Channel channel, Integer limit, OffsetDateTime at,
                             DecisionContextInput context) {
        int max = checkedLimit(limit);
        if (customerId != null && customerId.isBlank()) {
            throw new BadRequestException("customerId",
                    "customerId must not be blank: leave it out to decide for an anonymous visitor");
        }
        if (customerId == null && channel != null && channel != Channel.WEB) {
            throw new BadRequestException("channel", "An anonymous visitor can only be reached on the WEB channel, not "
                    + channel + ": leave channel out, or give a customerId");
        }
        DecisionContextInput where = context == null ? DecisionContextInput.NONE : context;
        Instant when = at == null ? clock.instant() : at.toInstant();

        CustomerContext graph = readTime.record(() -> customerId == null
                ? contextReader.readAnonymous(when, where.cart(), where.productSku())
                : contextReader.read(customerId, when, where.cart(), where.productSku()));
        if (customerId == null) {
            var request = new DecisionRequest(null, when, Channel.WEB,
                    where.placement() == null ? null : where.placement().name(), where.productSku(), where.cart());
            return AnonymousVisitors.explained(decideTimed(graph, request, Treatment.NONE, max));
        }
        Treatment treatment = treatments.of(graph.customer(), graph.profile(), when, channel);
        var request = new DecisionRequest(customerId, when, channel == null ? treatment.channel() : channel,
                where.placement() == null ? null : where.placement().name(), where.productSku(), where.cart());
        return decideTimed(graph, request, treatment, max);
    }

    /** The number of actions asked for (5 when not given), or a BAD_REQUEST naming {@code limit}. */
    public static int checkedLimit(Integer limit) {
        int max = limit == null ? 5 : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw new BadRequestException("limit", "limit must be between 1 and " + MAX_LIMIT + ", got " + max);
        }
        return max;
    }

    /**
     * Decisions for many customers at once, as a campaign needs them: their contexts are read in one round trip
     * (no request cart or product), then each customer gets its own rule evaluation. A customer not in the graph is
     * missing from the answer; the answer keeps the order of {@code customerIds}.
     */
    public Map<String, Decision> whatNextAll(List<String> customerIds, Channel channel, int limit, OffsetDateTime at) {
        checkedLimit(limit);
        Instant when = at == null ? clock.instant() : at.toInstant();
        // not in the read timer: that one times a single customer's read, this reads a whole chunk
        Map<String, CustomerContext> contexts = contextReader.readAll(customerIds, when);
        Map<String, Decision> decisions = new LinkedHashMap<>();
        for (String customerId : customerIds) {
            CustomerContext context = contexts.get(customerId);
            if (context != null) {
                Treatment treatment = treatments.of(context.customer(), context.profile(), when, channel);
                var request = new DecisionRequest(customerId, when, channel == null ? treatment.channel() : channel,
                        null, null, Set.of());
                decisions.put(customerId, decideTimed(context, request, treatment, limit));
            }
        }
        return decisions;
    }

    /**
     * Rules and arbitration on a context already read: the second half of {@link #whatNext}, also used by what-if
     * simulations and scenario checks, which edit the context in memory and may pass a candidate rule set instead of
     * the current one. Not in the stage timers: those time the decisions the shop asks for.
     */
    public Decision decide(CustomerContext context, DecisionRequest request, RuleSet rules, int limit) {
        RuleOutcome outcome = RuleEngine.evaluate(rules, factsOf(context, request));
        return arbitrate(context, request, outcome, limit, Treatment.NONE);
    }

    /**
     * {@link #decide} in the customer's experiment arms, with the time of its rules and its arbitration in the stage
     * timers. A customer held out gets no actions, and no rule runs for it.
     */
    private Decision decideTimed(CustomerContext context, DecisionRequest request, Treatment treatment, int limit) {
        if (treatment.heldOut()) {
            return new Decision(UUID.randomUUID().toString(), context.customer(), request.getAt().atOffset(ZoneOffset.UTC),
                    ruleEngine.current().version(), List.of(), List.of(), false, notInCatalog(context, request),
                    treatment.assignments(), treatment.heldOutReason());
        }
        RuleSet rules = treatment.rules() != null ? treatment.rules() : ruleEngine.current();
        RuleOutcome outcome = rulesTime.record(() -> RuleEngine.evaluate(rules, factsOf(context, request)));
        return arbitrationTime.record(() -> arbitrate(context, request, outcome, limit, treatment));
    }

    private List<Object> factsOf(CustomerContext context, DecisionRequest request) {
        List<Object> facts = context.facts();
        facts.add(request);
        facts.addAll(promotions.offersFor(context.candidates(), request.getAt()));
        facts.addAll(promotions.bundleOffersFor(context.candidates(), request.getAt()));
        return facts;
    }

    private Decision arbitrate(CustomerContext context, DecisionRequest request, RuleOutcome outcome, int limit,
                               Treatment treatment) {
        var ranked = Arbitration.rank(context.candidates(), outcome, withGifts(context.products(), outcome),
                request.getRequestedChannel(),
                limit, treatment.texts() != null ? treatment.texts() : texts.current(), promotions.byId());
        return new Decision(UUID.randomUUID().toString(), context.customer(), request.getAt().atOffset(ZoneOffset.UTC),
                outcome.rulesVersion(), ranked.actions(), ranked.suppressed(), false, notInCatalog(context, request),
                treatment.assignments(), null);
    }

    /** The context's products and the gifts the rules offered with them: an offer shows its gift among its products. */
    private Map<String, Product> withGifts(Map<String, Product> products, RuleOutcome outcome) {
        Set<String> gifts = new HashSet<>();
        for (Incentive incentive : outcome.incentives()) {
            if (incentive.isGift() && !products.containsKey(incentive.getPromotion().getGiftSku())) {
                gifts.add(incentive.getPromotion().getGiftSku());
            }
        }
        if (gifts.isEmpty()) {
            return products;
        }
        Map<String, Product> withGifts = new HashMap<>(products);
        withGifts.putAll(promotions.gifts(gifts));
        return withGifts;
    }

    /** The request's viewed product and cart skus the context found no product for (it looked them all up). */
    private static Set<String> notInCatalog(CustomerContext context, DecisionRequest request) {
        if (request.getProductSku() == null && request.getCartSkus().isEmpty()) {
            return Set.of();
        }
        Set<String> missing = new HashSet<>(request.getCartSkus());
        if (request.getProductSku() != null) {
            missing.add(request.getProductSku());
        }
        missing.removeAll(context.products().keySet());
        return Set.copyOf(missing);
    }
}
