package dev.crosswise.simulation;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.catalog.Catalog;
import dev.crosswise.catalog.Product;
import dev.crosswise.decision.CustomerContext;
import dev.crosswise.decision.CustomerContextReader;
import dev.crosswise.decision.Decision;
import dev.crosswise.decision.DecisionService;
import dev.crosswise.graph.Graph;
import dev.crosswise.rules.RuleEngine;
import dev.crosswise.rules.RuleSet;
import dev.crosswise.rules.facts.DecisionRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * "What would we say if this had happened?" Reads the customer's context from the graph exactly like
 * {@code whatNext}, lays the simulated events over it in memory and decides. Never writes: the graph is only read.
 */
@Service
public class WhatIf {

    static final Set<String> EVENT_TYPES = Set.of("PURCHASE", "RETURN", "VIEW", "VISIT", "CART_ADD", "CART_REMOVE",
            "CHECKOUT", "SUPPORT_OPENED", "SUPPORT_RESOLVED", "USAGE", "TIER_CHANGED");
    private static final Set<String> NEED_SKU = Set.of("PURCHASE", "RETURN", "VIEW", "CART_ADD", "CART_REMOVE", "USAGE");
    private static final int MAX_EVENTS = 100;

    private final CustomerContextReader contextReader;
    private final DecisionService decisions;
    private final RuleEngine ruleEngine;
    private final Graph graph;
    private final Clock clock;

    WhatIf(CustomerContextReader contextReader, DecisionService decisions, RuleEngine ruleEngine, Graph graph,
           Clock clock) {
        this.contextReader = contextReader;
        this.decisions = decisions;
        this.ruleEngine = ruleEngine;
        this.graph = graph;
        this.clock = clock;
    }

    /** The decision with the rules serving now. */
    public Decision decide(WhatIfRequest request) {
        return decideAll(request, List.of(ruleEngine.current())).getFirst();
    }

    /** The decision with {@code rules} instead of the rules serving now (scenario checks of a rule set not yet live). */
    public Decision decide(WhatIfRequest request, RuleSet rules) {
        return decideAll(request, List.of(rules)).getFirst();
    }

    /** One graph read, then one decision per rule set, all on the same simulated context. */
    public List<Decision> decideAll(WhatIfRequest request, List<RuleSet> ruleSets) {
        int limit = DecisionService.checkedLimit(request.limit());
        if (request.customerId() == null || request.customerId().isBlank()) {
            throw new BadRequestException("customerId", "customerId must not be blank");
        }
        Instant at = request.at() == null ? clock.instant() : request.at().toInstant();
        List<EventOverlay.TimedEvent> events = validate(request.events(), at);
        var where = request.context();
        Set<String> cart = where == null || where.cartSkus() == null ? Set.of() : Set.copyOf(where.cartSkus());
        // the customer first: an unknown customer is "not in this graph", whatever else the request names
        CustomerContext read = contextReader.read(request.customerId(), at, cart, where == null ? null : where.productSku(),
                EventOverlay.walkedFrom(events));
        Map<String, Product> products = readProducts(events);

        CustomerContext simulated = EventOverlay.apply(read, events, products, request.profile(), at, cart);
        var decisionRequest = new DecisionRequest(request.customerId(), at, request.channel(),
                where == null || where.placement() == null ? null : where.placement().name(),
                where == null ? null : where.productSku(), cart);

        List<Decision> answers = new ArrayList<>(ruleSets.size());
        for (RuleSet rules : ruleSets) {
            answers.add(decisions.decide(simulated, decisionRequest, rules, limit));
        }
        return answers;
    }

    private static List<EventOverlay.TimedEvent> validate(List<SimulatedEvent> events, Instant at) {
        if (events.size() > MAX_EVENTS) {
            throw new BadRequestException("events", "at most " + MAX_EVENTS + " simulated events, got " + events.size());
        }
        List<EventOverlay.TimedEvent> timed = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            SimulatedEvent event = events.get(i);
            String field = "events[" + i + "]";
            if (event.type() == null || !EVENT_TYPES.contains(event.type())) {
                throw new BadRequestException(field + ".type", field + ".type must be one of " + EVENT_TYPES.stream()
                        .sorted().toList() + ", got " + event.type());
            }
            if (NEED_SKU.contains(event.type()) && (event.sku() == null || event.sku().isBlank())) {
                throw new BadRequestException(field + ".sku", field + ".sku is required for a " + event.type() + " event");
            }
            if ("TIER_CHANGED".equals(event.type()) && event.tier() == null) {
                throw new BadRequestException(field + ".tier", field + ".tier (the new tier) is required for a TIER_CHANGED event");
            }
            if ("USAGE".equals(event.type())
                    && (event.usagePercent() == null || event.usagePercent() < 0 || event.usagePercent() > 100)) {
                throw new BadRequestException(field + ".usagePercent",
                        field + ".usagePercent must be between 0 and 100 for a USAGE event, got " + event.usagePercent());
            }
            if (event.satisfaction() != null && (event.satisfaction() < 1 || event.satisfaction() > 5)) {
                throw new BadRequestException(field + ".satisfaction",
                        field + ".satisfaction must be between 1 and 5, got " + event.satisfaction());
            }
            Instant when = event.at() == null ? at : event.at().toInstant();
            if (when.isAfter(at)) {
                throw new BadRequestException(field + ".at", field + ".at (" + event.at()
                        + ") is after the decision time " + at + ": an event after it cannot have happened yet");
            }
            timed.add(new EventOverlay.TimedEvent(event, when, i));
        }
        timed.sort(Comparator.comparing(EventOverlay.TimedEvent::at).thenComparingInt(EventOverlay.TimedEvent::index));
        return timed;
    }

    /** The products the events name, in one read; an unknown sku is a bad request naming the event. */
    private Map<String, Product> readProducts(List<EventOverlay.TimedEvent> events) {
        Map<String, Product> found = new HashMap<>();
        Set<String> skus = new LinkedHashSet<>();
        events.stream().map(e -> e.event().sku()).filter(sku -> sku != null && !sku.isBlank()).forEach(skus::add);
        if (!skus.isEmpty()) {
            graph.read("MATCH (p:Product) WHERE p.sku IN $skus RETURN " + Catalog.PRODUCT_PROJECTION + " AS product",
                    Map.of("skus", List.copyOf(skus))).records().forEach(r -> {
                        Product product = Product.from(r.get("product"));
                        found.put(product.sku(), product);
                    });
        }
        for (EventOverlay.TimedEvent timed : events) {
            String sku = timed.event().sku();
            if (sku != null && !sku.isBlank() && !found.containsKey(sku)) {
                throw new BadRequestException("events[" + timed.index() + "].sku", "events[" + timed.index()
                        + "].sku: product '" + sku + "' not found (skus are case-sensitive)");
            }
        }
        return found;
    }
}
