package dev.crosswise.decision;

import dev.crosswise.api.NotFoundException;
import dev.crosswise.catalog.CatalogCache;
import dev.crosswise.catalog.CatalogCache.CachedProduct;
import dev.crosswise.catalog.Product;
import dev.crosswise.customer.Customers;
import dev.crosswise.graph.Graph;
import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.CartItem;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.CustomerProfile;
import dev.crosswise.rules.facts.Exposure;
import dev.crosswise.rules.facts.OfferResponse;
import dev.crosswise.rules.facts.Ownership;
import dev.crosswise.rules.facts.Signal;
import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Tier;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Reads a customer's decision context in one Cypher round trip: profile, what they own, recent signals, the cart,
 * earlier exposures and responses, and the candidates of every graph strategy, each with its path. Everything is
 * seen as of {@code at}: ownership, events, decisions and responses after it do not exist yet. The traversals are
 * documented in {@code graph-model/README.md}. Candidates are not filtered by ownership or cart here: the guardrail
 * rules do that, and report it. A product bought as a gift is with someone else: it anchors no traversal but
 * gift-again.
 */
@Component
public class CustomerContextReader {

    /** How far back signals are read: long enough for last year's gift season. */
    public static final Duration SIGNAL_HORIZON = Duration.ofDays(400);
    public static final int MAX_SIGNALS = 200;
    /** How far back a viewed product still anchors an upsell. */
    static final Duration INTEREST_HORIZON = Duration.ofDays(30);
    /** How far back recorded decisions and responses are read: longer than any cap, rotation or dismissal window. */
    static final Duration EXPOSURE_HORIZON = Duration.ofDays(90);
    /**
     * The most candidates one fanning-out strategy (ecosystem, complements) proposes, strongest first. Rules and
     * arbitration rank a few dozen candidates well; reading and ranking every co-purchase of a popular product
     * (hundreds on a large shop's graph) made a decision ten times slower and changed nothing at the top.
     */
    public static final int MAX_PER_STRATEGY = 25;

    /** Everything about customer {@code c}; one row. */
    private static final String CONTEXT_OF_C = """
            CALL (c) {
              OPTIONAL MATCH (c)-[o:OWNS]->(p:Product)
              WHERE o.at <= $at
              RETURN collect(CASE WHEN p IS NOT NULL THEN {sku: p.sku, at: o.at, price: o.price,
                       usagePercent: o.usagePercent, gift: o.gift, returned: o.returned} END) AS owned
            }
            CALL (c) {
              OPTIONAL MATCH (c)-[:DID]->(e:Event)
              WHERE e.at <= $at AND e.at > $since
              WITH e {.id, .type, .sku, .at, .satisfaction, .tier, .usagePercent, .gift,
                       category: [(e)-[:ABOUT]->(:Product)-[:IN_CATEGORY]->(cat) | cat.id][0]} AS signal
              ORDER BY signal.at DESC LIMIT $maxSignals
              RETURN collect(signal) AS signals
            }
            // the cart now: items added since the last checkout and neither removed nor bought since
            CALL (c) {
              OPTIONAL MATCH (c)-[:DID]->(checkout:Event {type: 'CHECKOUT'})
              WHERE checkout.at <= $at AND checkout.at > $since
              WITH c, max(checkout.at) AS lastCheckout
              OPTIONAL MATCH (c)-[:DID]->(added:Event {type: 'CART_ADD'})-[:ABOUT]->(p:Product)
              WHERE added.at <= $at AND added.at > coalesce(lastCheckout, $since)
                AND NOT EXISTS {
                  MATCH (c)-[:DID]->(gone:Event)-[:ABOUT]->(p)
                  WHERE gone.type IN ['CART_REMOVE', 'PURCHASE'] AND gone.at > added.at AND gone.at <= $at
                }
              WITH p.sku AS sku, min(added.at) AS addedAt
              RETURN collect(CASE WHEN sku IS NOT NULL THEN {sku: sku, addedAt: addedAt} END) AS eventCart
            }
            WITH c, owned, signals, eventCart,
                 [item IN eventCart | item.sku]
                   + [sku IN $cartSkus WHERE NOT sku IN [item IN eventCart | item.sku]] AS cartSkus
            // completion-gaps: a solution the customer owns part of, and its other parts
            CALL (c) {
              OPTIONAL MATCH (c)-[o:OWNS]->(part:Product)<-[:NEEDS]-(s:Solution)
              WHERE o.at <= $at AND NOT coalesce(o.returned, false) AND NOT coalesce(o.gift, false)
              WITH s, part ORDER BY o.at DESC
              WITH s, collect(part) AS ownedParts
              WHERE s IS NOT NULL
              // counted once per solution, not once per missing part
              WITH s, ownedParts, COUNT { (s)-[:NEEDS]->(:Product) } AS parts
              MATCH (s)-[n:NEEDS]->(missing:Product)
              WHERE missing <> ownedParts[0]
              RETURN collect({strategy: 'COMPLETION', traversal: 'completion-gaps', sku: missing.sku,
                       anchorSku: ownedParts[0].sku, via: s.name, viaId: s.id, role: n.role,
                       relevance: toFloat(size(ownedParts)) / parts * CASE WHEN n.optional THEN 0.6 ELSE 1.0 END})
                     AS completion
            }
            // ecosystem-gaps: a family the customer adopted, and its other members; a member in a category the
            // customer has no member of yet adds a new function and counts double. The next level of something
            // owned is not a gap but a step up: it is left to upgrade-path, whose readiness rules time it.
            CALL (c) {
              // the next levels of everything owned, once, from the customer's side: a best seller has thousands
              // of owners, so asking each family member "does this customer own your predecessor" is dear
              WITH c, COLLECT { MATCH (c)-[up:OWNS]->(:Product)-[:UPGRADES_TO]->(next:Product) WHERE up.at <= $at
                                RETURN DISTINCT next } AS nextLevels
              OPTIONAL MATCH (c)-[o:OWNS]->(member:Product)-[:PART_OF]->(f:Family)
              WHERE o.at <= $at AND NOT coalesce(o.returned, false) AND NOT coalesce(o.gift, false)
              WITH nextLevels, f, member ORDER BY o.at DESC
              WITH nextLevels, f, collect(member) AS adopted
              WHERE f IS NOT NULL
              // family size and the categories already covered, once per family rather than once per member
              WITH nextLevels, f, adopted, COUNT { (f)<-[:PART_OF]-(:Product) } AS members,
                   COLLECT { UNWIND adopted AS a MATCH (a)-[:IN_CATEGORY]->(covered:Category) RETURN DISTINCT covered } AS coveredCategories
              MATCH (f)<-[:PART_OF]-(other:Product)
              WHERE other <> adopted[0]
                AND (coalesce(other.premium, false) OR NOT other IN nextLevels)
              WITH f, adopted, members, other,
                   EXISTS { (other)-[:IN_CATEGORY]->(category:Category) WHERE category IN coveredCategories } AS sameFunction
              WITH f, adopted, other,
                   (0.5 + 0.5 * size(adopted) / members) * CASE WHEN sameFunction THEN 0.5 ELSE 1.0 END AS relevance
              ORDER BY relevance DESC, other.sku
              LIMIT $maxPerStrategy
              RETURN collect({strategy: 'ECOSYSTEM', traversal: 'ecosystem-gaps', sku: other.sku,
                       anchorSku: adopted[0].sku, via: f.name, viaId: f.id, relevance: relevance}) AS ecosystem
            }
            // upgrade-path: the next, non-premium level of an owned product; the more it is used, the more
            // relevant. Whether the customer is ready is for the rules (usage, tenure, a child's age).
            CALL (c) {
              MATCH (c)-[o:OWNS]->(owned:Product)-[:UPGRADES_TO]->(next:Product)
              WHERE o.at <= $at AND NOT coalesce(o.returned, false) AND NOT coalesce(o.gift, false)
                AND NOT coalesce(next.premium, false)
              WITH owned, next, o,
                   CASE WHEN o.usagePercent IS NULL THEN 0.0 WHEN o.usagePercent > 100 THEN 1.0
                        ELSE toFloat(o.usagePercent) / 100 END AS used
              RETURN collect({strategy: 'EVOLUTION', traversal: 'upgrade-path', sku: next.sku,
                       anchorSku: owned.sku, via: next.level, usagePercent: o.usagePercent,
                       relevance: 0.4 + 0.6 * used}) AS evolution
            }
            // premium-alternative: the premium product one UPGRADES_TO step above what the customer is looking
            // at, has in the cart, or viewed recently; the strongest interest per premium product
            CALL (c, signals, cartSkus) {
              UNWIND [interest IN [{sku: $productSku, source: 'VIEWING', weight: 0.8}] WHERE interest.sku IS NOT NULL]
                     + [sku IN cartSkus | {sku: sku, source: 'CART', weight: 0.7}]
                     + [s IN signals WHERE s.type = 'VIEW' AND s.sku IS NOT NULL AND s.at > $interestSince
                          | {sku: s.sku, source: 'VIEWED', weight: 0.5}] AS interest
              MATCH (anchor:Product {sku: interest.sku})-[:UPGRADES_TO]->(premium:Product)
              WHERE premium.premium
              WITH premium, anchor, interest ORDER BY interest.weight DESC
              WITH premium, collect({anchor: anchor, interest: interest})[0] AS best
              RETURN collect({strategy: 'UPSELL', traversal: 'premium-alternative', sku: premium.sku,
                       anchorSku: best.anchor.sku, via: best.interest.source, relevance: best.interest.weight}) AS upsell
            }
            // complements / bought-together: a merchandiser's pairing or a co-purchase edge (lift above 1) from
            // something the customer owns or has in the cart; the strongest connection per product
            CALL (c, owned, cartSkus) {
              UNWIND [o IN owned WHERE NOT coalesce(o.returned, false) AND NOT coalesce(o.gift, false)
                        | {sku: o.sku, source: 'OWNED', at: o.at}]
                     + [sku IN cartSkus | {sku: sku, source: 'CART', at: $at}] AS a
              MATCH (anchor:Product {sku: a.sku})
              CALL (anchor) {
                MATCH (anchor)-[r:COMPLEMENTS]->(other:Product)
                RETURN other, 'complements' AS traversal, toFloat(coalesce(r.strength, 0.5)) AS relevance,
                       r.strength AS strength, null AS lift, null AS support
                UNION ALL
                MATCH (anchor)-[r:BOUGHT_WITH]->(other:Product)
                WHERE r.lift > 1
                RETURN other, 'bought-together' AS traversal, 1.0 - 1.0 / r.lift AS relevance,
                       null AS strength, r.lift AS lift, r.support AS support
              }
              WITH other, anchor, a, traversal, relevance, strength, lift, support
              ORDER BY relevance DESC, a.at DESC
              WITH other, collect({anchor: anchor, a: a, traversal: traversal, relevance: relevance,
                                   strength: strength, lift: lift, support: support})[0] AS best
              // a popular product is bought with hundreds of others: only the strongest few become candidates
              ORDER BY best.relevance DESC, other.sku
              LIMIT $maxPerStrategy
              RETURN collect({strategy: 'COMPLEMENT', traversal: best.traversal, sku: other.sku,
                       anchorSku: best.anchor.sku, via: best.a.source, relevance: best.relevance,
                       strength: best.strength, lift: best.lift, support: best.support}) AS complement
            }
            // replenishment-cycle / gift-again: an owned consumable with a known cycle, or a giftable product the
            // customer gave as a gift; the rules decide when it is due
            CALL (c) {
              MATCH (c)-[o:OWNS]->(p:Product)
              WHERE o.at <= $at AND NOT coalesce(o.returned, false)
              WITH o, p, coalesce(o.gift, false) AS gift
              WHERE (NOT gift AND coalesce(p.consumable, false) AND p.cycleDays IS NOT NULL)
                 OR (gift AND coalesce(p.giftable, false))
              RETURN collect({strategy: 'REPLENISHMENT',
                       traversal: CASE WHEN gift THEN 'gift-again' ELSE 'replenishment-cycle' END,
                       sku: p.sku, anchorSku: p.sku, boughtAt: o.at,
                       relevance: CASE WHEN gift THEN 0.5 ELSE 0.9 END}) AS replenishment
            }
            // exposures and responses: what recorded decisions showed the customer, and how they answered
            CALL (c) {
              OPTIONAL MATCH (c)<-[:FOR]-(d:Decision)-[offered:OFFERED]->(p:Product)
              WHERE d.at <= $at AND d.at > $exposureSince
              RETURN collect(CASE WHEN p IS NOT NULL THEN {decisionId: d.id, sku: p.sku, channel: offered.channel,
                       strategy: offered.strategy, at: d.at} END) AS exposures
            }
            CALL (c) {
              OPTIONAL MATCH (c)<-[:FOR]-(d:Decision)<-[:RESPONDS_TO]-(r:Response)
              WHERE d.at <= $at AND d.at > $exposureSince AND r.at <= $at
              RETURN collect(CASE WHEN r IS NOT NULL THEN {decisionId: d.id, type: r.type, at: r.at,
                       sku: coalesce(r.sku, [(r)-[:ABOUT]->(about:Product) | about.sku][0])} END) AS responses
            }
            RETURN c {.*} AS customer, owned, signals, eventCart, exposures, responses,
                   completion + ecosystem + evolution + upsell + complement + replenishment AS candidates
            """;

    public static final String CONTEXT_QUERY = Graph.compact("MATCH (c:Customer {id: $customerId})\n" + CONTEXT_OF_C);

    /** The contexts of many customers in one round trip (bulk decisions); a customer not in the graph has no row. */
    public static final String CONTEXTS_QUERY = Graph.compact("""
            UNWIND $customerIds AS customerId
            MATCH (c:Customer {id: customerId})
            CALL (c) {
            %s
            }
            RETURN customer, owned, signals, eventCart, exposures, responses, candidates
            """.formatted(CONTEXT_OF_C));

    private final Graph graph;
    private final CatalogCache catalog;

    CustomerContextReader(Graph graph, CatalogCache catalog) {
        this.graph = graph;
        this.catalog = catalog;
    }

    public CustomerContext read(String customerId, Instant at, Set<String> contextCart) {
        return read(customerId, at, contextCart, null);
    }

    /**
     * @param contextCart the cart as the request states it (added to the cart replayed from events)
     * @param productSku  the product the customer is looking at, when the request says so (anchors an upsell)
     */
    public CustomerContext read(String customerId, Instant at, Set<String> contextCart, String productSku) {
        Map<String, Object> parameters = parameters(customerId, at, contextCart, productSku);
        var records = graph.read(CONTEXT_QUERY, parameters).records();
        if (records.isEmpty()) {
            throw new NotFoundException("Customer '" + customerId + "' not found: check the id (ids are case-sensitive)");
        }
        Record record = records.getFirst();
        return toContext(record, catalog.products(productsOf(List.of(record), contextCart)), at, contextCart);
    }

    /**
     * The contexts of {@code customerIds} at {@code at}, with no request cart or product, read in one round trip;
     * customers not in the graph are missing from the answer.
     */
    public Map<String, CustomerContext> readAll(List<String> customerIds, Instant at) {
        Map<String, Object> parameters = parameters(null, at, Set.of(), null);
        parameters.put("customerIds", customerIds);
        List<Record> records = graph.read(CONTEXTS_QUERY, parameters).records();
        Map<String, CachedProduct> products = catalog.products(productsOf(records, Set.of()));
        Map<String, CustomerContext> contexts = new HashMap<>();
        for (Record record : records) {
            CustomerContext context = toContext(record, products, at, Set.of());
            contexts.put(context.profile().getId(), context);
        }
        return contexts;
    }

    /** The parameters of {@link #CONTEXT_QUERY}; public so the benchmark's floor runs exactly the same read. */
    public static Map<String, Object> parameters(String customerId, Instant at, Set<String> contextCart,
                                                 String productSku) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("customerId", customerId);
        parameters.put("at", at.atZone(ZoneOffset.UTC));
        parameters.put("since", at.minus(SIGNAL_HORIZON).atZone(ZoneOffset.UTC));
        parameters.put("interestSince", at.minus(INTEREST_HORIZON).atZone(ZoneOffset.UTC));
        parameters.put("exposureSince", at.minus(EXPOSURE_HORIZON).atZone(ZoneOffset.UTC));
        parameters.put("maxSignals", MAX_SIGNALS);
        parameters.put("maxPerStrategy", MAX_PER_STRATEGY);
        parameters.put("cartSkus", List.copyOf(contextCart));
        parameters.put("productSku", productSku);
        return parameters;
    }

    /** Every product the contexts name: owned, in the cart, candidates and their anchors. */
    private static Set<String> productsOf(List<Record> records, Set<String> contextCart) {
        Set<String> skus = new HashSet<>(contextCart);
        for (Record record : records) {
            record.get("owned").values().forEach(o -> skus.add(o.get("sku").asString()));
            record.get("eventCart").values().forEach(item -> skus.add(item.get("sku").asString()));
            for (Value candidate : record.get("candidates").values()) {
                skus.add(candidate.get("sku").asString());
                skus.add(candidate.get("anchorSku").asString(null));
            }
        }
        skus.remove(null);
        return skus;
    }

    /**
     * Shapes one customer's record as facts, with product attributes from the catalog. A product not launched yet
     * at {@code at} does not exist yet: it is no candidate, and in the cart it has no price.
     */
    static CustomerContext toContext(Record record, Map<String, CachedProduct> catalog, Instant at,
                                     Set<String> contextCart) {
        Value customer = record.get("customer");
        String customerId = customer.get("id").asString();

        List<Ownership> owned = record.get("owned").asList(o -> {
            String sku = o.get("sku").asString();
            Product product = productOrNull(catalog, sku);
            return new Ownership(sku, product == null ? sku : product.name(),
                    product == null ? null : product.category(), product == null ? null : product.family(),
                    hoursBetween(instant(o.get("at")), at),
                    o.get("usagePercent").isNull() ? null : o.get("usagePercent").asDouble(),
                    o.get("gift").asBoolean(false), o.get("returned").asBoolean(false));
        });

        List<Signal> signals = record.get("signals").asList(e -> new Signal(
                e.get("id").asString(), e.get("type").asString(), e.get("sku").asString(null),
                e.get("category").asString(null), hoursBetween(instant(e.get("at")), at),
                e.get("satisfaction").isNull() ? null : e.get("satisfaction").asInt(),
                e.get("tier").asString(null),
                e.get("usagePercent").isNull() ? null : e.get("usagePercent").asDouble(),
                e.get("gift").asBoolean(false)));

        List<Exposure> exposures = record.get("exposures").asList(e -> new Exposure(
                e.get("decisionId").asString(), e.get("sku").asString(),
                enumOrNull(Channel.class, e.get("channel")), enumOrNull(Strategy.class, e.get("strategy")),
                hoursBetween(instant(e.get("at")), at)));

        List<OfferResponse> responses = record.get("responses").asList(r -> new OfferResponse(
                r.get("decisionId").asString(), r.get("sku").asString(null), r.get("type").asString(),
                hoursBetween(instant(r.get("at")), at)));

        Map<String, Product> productViews = new LinkedHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Value c : record.get("candidates").values()) {
            CachedProduct p = existingAt(catalog, c.get("sku").asString(), at);
            if (p == null) {
                continue;
            }
            Product anchor = productOrNull(catalog, c.get("anchorSku").asString(null));
            candidates.add(candidate(c, p.attributes(), anchor == null ? null : anchor.name(), customerId, at));
            productViews.put(p.product().sku(), p.product());
        }

        var profile = new CustomerProfile(
                customerId, customer.get("name").asString(customerId),
                Tier.valueOf(customer.get("tier").asString("BRONZE")), customer.get("points").asLong(0),
                customer.get("spend").asDouble(0), consents(customer), customer.get("optedOut").asBoolean(false),
                customer.get("timeZone").asString(null),
                customer.get("joinedAt").isNull() ? null : instant(customer.get("joinedAt")),
                customer.get("childBirthYears").isNull() ? List.of() : customer.get("childBirthYears").asList(Value::asInt),
                at, owned.size(), averagePrice(record.get("owned")));

        List<CartItem> cart = cart(record.get("eventCart"), contextCart, catalog, at);
        for (CartItem item : cart) {
            CachedProduct p = existingAt(catalog, item.getSku(), at);
            if (p != null) {
                productViews.put(p.product().sku(), p.product());
            }
        }
        return new CustomerContext(Customers.from(customer), profile, owned, signals, cart, exposures, responses,
                candidates, productViews);
    }

    /** The product if it exists at {@code at}, else null. */
    private static CachedProduct existingAt(Map<String, CachedProduct> catalog, String sku, Instant at) {
        CachedProduct product = catalog.get(sku);
        return product != null && product.existsAt(at) ? product : null;
    }

    private static Product productOrNull(Map<String, CachedProduct> catalog, String sku) {
        CachedProduct product = sku == null ? null : catalog.get(sku);
        return product == null ? null : product.product();
    }

    /** The cart replayed from events (with how long each item has been there), plus the request's own cart. */
    private static List<CartItem> cart(Value eventCart, Set<String> contextCart, Map<String, CachedProduct> catalog,
                                       Instant at) {
        List<CartItem> cart = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Value item : eventCart.values()) {
            String sku = item.get("sku").asString();
            seen.add(sku);
            cart.add(cartItem(sku, existingAt(catalog, sku, at), hoursBetween(instant(item.get("addedAt")), at),
                    contextCart.contains(sku)));
        }
        contextCart.stream().filter(sku -> !seen.contains(sku)).sorted()
                .forEach(sku -> cart.add(cartItem(sku, existingAt(catalog, sku, at), 0, true)));
        return cart;
    }

    private static CartItem cartItem(String sku, CachedProduct cached, double hours, boolean fromContext) {
        if (cached == null) {
            return new CartItem(sku, sku, 0, hours, fromContext);
        }
        Product product = cached.product();
        return new CartItem(sku, product.name() == null ? sku : product.name(), product.price(), hours, fromContext);
    }

    private static Candidate candidate(Value c, Value p, String anchorName, String customerId, Instant at) {
        return Candidate.builder(c.get("sku").asString(), p.get("name").asString(),
                        Strategy.valueOf(c.get("strategy").asString()))
                .traversal(c.get("traversal").asString())
                .relevance(c.get("relevance").asDouble())
                .price(p.get("price").asDouble(0))
                .margin(p.get("margin").asDouble(0))
                .stock(p.get("stock").asLong(0))
                .category(p.get("category").asString(null))
                .family(p.get("family").asString(null))
                .level(p.get("level").asString(null))
                .premium(p.get("premium").asBoolean(false))
                .consumable(p.get("consumable").asBoolean(false))
                .giftable(p.get("giftable").asBoolean(false))
                .minTier(p.get("minTier").isNull() ? null : Tier.valueOf(p.get("minTier").asString()))
                .season(p.get("season").asString(null))
                .daysSinceLaunch(p.get("launchedAt").isNull() ? Double.MAX_VALUE
                        : hoursBetween(instant(p.get("launchedAt")), at) / 24.0)
                .cycleDays(p.get("cycleDays").asInt(0))
                .ageRange(p.get("ageFrom").asInt(0), p.get("ageTo").asInt(0))
                .anchor(c.get("anchorSku").asString(null), anchorName)
                .via(c.get("via").asString(null))
                .role(c.get("role").asString(null))
                .path(path(c, customerId))
                .explanation(explanation(c, p, anchorName, at))
                .build();
    }

    /** The candidate's path through the graph, node by node, as its traversal walked it. */
    static List<String> path(Value c, String customerId) {
        String customer = "Customer:" + customerId;
        String product = "Product:" + c.get("sku").asString();
        String anchor = "Product:" + c.get("anchorSku").asString();
        return switch (c.get("traversal").asString()) {
            case "completion-gaps" -> List.of(customer, anchor, "Solution:" + c.get("viaId").asString(), product);
            case "ecosystem-gaps" -> List.of(customer, anchor, "Family:" + c.get("viaId").asString(), product);
            case "replenishment-cycle", "gift-again" -> List.of(customer, product);
            default -> List.of(customer, anchor, product);
        };
    }

    /** The candidate reason's text, from the traversal's own terms. */
    private static String explanation(Value c, Value p, String anchorName, Instant at) {
        String name = p.get("name").asString();
        String anchor = anchorName == null ? "" : anchorName;
        String via = c.get("via").asString("");
        return switch (c.get("traversal").asString()) {
            case "completion-gaps" -> "Completes the " + via + ": the customer owns " + anchor + "; " + name + " is its "
                    + c.get("role").asString("missing part");
            case "ecosystem-gaps" -> name + " belongs to " + via + ", which the customer adopted with " + anchor;
            case "upgrade-path" -> name + " is the next level" + (via.isEmpty() ? "" : " (" + via.toLowerCase(Locale.ROOT) + ")")
                    + " after " + anchor + ", which the customer owns"
                    + (c.get("usagePercent").isNull() ? "" : " and has used " + Math.round(c.get("usagePercent").asDouble()) + " %");
            case "premium-alternative" -> name + " is the premium alternative to " + anchor + ", which the customer "
                    + switch (via) {
                        case "VIEWING" -> "is looking at now";
                        case "CART" -> "has in the cart";
                        default -> "viewed recently";
                    };
            case "complements" -> "Our merchandisers pair " + anchor + " with " + name + " (strength "
                    + c.get("strength").asDouble(0) + ")" + ("CART".equals(via) ? "; " + anchor + " is in the cart" : "");
            case "bought-together" -> "Customers who buy " + anchor + " often buy " + name + " too (lift "
                    + Math.round(c.get("lift").asDouble(1) * 10) / 10.0 + ")" + ("CART".equals(via) ? "; " + anchor + " is in the cart" : "");
            case "replenishment-cycle" -> name + " lasts about " + p.get("cycleDays").asInt(0) + " days; the customer bought it "
                    + Math.round(hoursBetween(instant(c.get("boughtAt")), at) / 24) + " days ago";
            case "gift-again" -> "The customer gave " + name + " as a gift "
                    + Math.round(hoursBetween(instant(c.get("boughtAt")), at) / 24) + " days ago";
            default -> name + " is connected to " + anchor;
        };
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, Value value) {
        if (value.isNull()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.asString());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Map<Channel, Boolean> consents(Value customer) {
        return Map.of(
                Channel.EMAIL, customer.get("consentEmail").asBoolean(false),
                Channel.SMS, customer.get("consentSms").asBoolean(false),
                Channel.MOBILE, customer.get("consentMobile").asBoolean(false),
                Channel.DIRECT, customer.get("consentDirect").asBoolean(false),
                // The shop's own pages need no marketing consent; opting out still silences them.
                Channel.WEB, true);
    }

    private static double averagePrice(Value owned) {
        return owned.asList(v -> v).stream().filter(o -> !o.get("price").isNull())
                .mapToDouble(o -> o.get("price").asDouble()).average().orElse(0);
    }

    static Instant instant(Value value) {
        return value.asZonedDateTime().toInstant();
    }

    static double hoursBetween(Instant earlier, Instant later) {
        return (later.toEpochMilli() - earlier.toEpochMilli()) / 3_600_000.0;
    }
}
