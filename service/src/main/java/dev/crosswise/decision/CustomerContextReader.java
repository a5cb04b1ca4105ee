package dev.crosswise.decision;

import dev.crosswise.api.NotFoundException;
import dev.crosswise.catalog.CatalogCache;
import dev.crosswise.catalog.CatalogCache.CachedProduct;
import dev.crosswise.catalog.Product;
import dev.crosswise.catalog.ProductGraph;
import dev.crosswise.copurchase.Association;
import dev.crosswise.customer.Customers;
import dev.crosswise.graph.Graph;
import dev.crosswise.promotion.Promotions;
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
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads a customer's decision context: profile, what they own, recent signals, the cart, earlier exposures and
 * responses in one Cypher round trip, then the candidates of every graph strategy, each with its path, walked from
 * there over the product graph in memory ({@link Traversals}). Everything is seen as of {@code at}: ownership,
 * events, decisions and responses after it do not exist yet. The traversals are documented in
 * {@code graph-model/README.md} and written in Cypher in {@link CypherTraversals}. Candidates are not filtered by
 * ownership or cart here: the guardrail rules do that, and report it. A product bought as a gift is with someone else: it anchors no traversal but
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
     * The most candidates one fanning-out strategy (ecosystem, complements) proposes, strongest first. Ranking every
     * co-purchase of a popular product (hundreds on a large shop's graph) made a decision ten times slower. The cap
     * is a trade-off, not free: on the benchmark graph 50 instead of 25 changes the top 5 of 18 % of customers (the
     * top action of 4 %), 12 instead of 25 the top 5 of 43 % — a weaker candidate lifted by a moment, a tier or a
     * lever, or left after guardrails dropped stronger ones, can still make the list.
     */
    public static final int MAX_PER_STRATEGY = 25;

    /**
     * What the decision reads of customer {@code c} from Neo4j: the customer's side of the graph only, the product
     * side is walked in memory ({@link Traversals}). Shared with the reference statement ({@link CypherTraversals}).
     */
    static final String CUSTOMER_CALLS = """
            CALL (c) {
              OPTIONAL MATCH (c)-[o:OWNS]->(p:Product)
              WHERE o.at <= $at
              RETURN collect(CASE WHEN p IS NOT NULL THEN {sku: p.sku, at: o.at, price: o.price,
                       usagePercent: o.usagePercent, gift: o.gift, returned: o.returned} END) AS owned
            }
            CALL (c) {
              OPTIONAL MATCH (c)-[:DID]->(e:Event)
              WHERE e.at <= $at AND e.at > $since
              WITH e {.id, .type, .sku, .at, .orderId, .satisfaction, .tier, .usagePercent, .gift,
                       category: [(e)-[:ABOUT]->(:Product)-[:IN_CATEGORY]->(cat) | cat.id][0]} AS signal
              ORDER BY signal.at DESC, signal.id LIMIT $maxSignals
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
            // exposures and responses: what recorded decisions showed the customer, and how they answered
            CALL (c) {
              OPTIONAL MATCH (c)<-[:FOR]-(d:Decision)-[offered:OFFERED]->(p:Product)
              WHERE d.at <= $at AND d.at > $exposureSince
              RETURN collect(CASE WHEN p IS NOT NULL THEN {decisionId: d.id, sku: p.sku, channel: offered.channel,
                       strategy: offered.strategy, at: d.at, saving: offered.saving} END) AS exposures
            }
            CALL (c) {
              OPTIONAL MATCH (c)<-[:FOR]-(d:Decision)<-[:RESPONDS_TO]-(r:Response)
              WHERE d.at <= $at AND d.at > $exposureSince AND r.at <= $at
              RETURN collect(CASE WHEN r IS NOT NULL THEN {decisionId: d.id, type: r.type, at: r.at,
                       sku: coalesce(r.sku, [(r)-[:ABOUT]->(about:Product) | about.sku][0])} END) AS responses
            }
            """;

    /** Everything about one customer; one row. */
    public static final String CONTEXT_QUERY = Graph.compact("MATCH (c:Customer {id: $customerId})\n" + CUSTOMER_CALLS
            + "RETURN c {.*} AS customer, owned, signals, eventCart, exposures, responses\n");

    /**
     * The contexts of several customers in one round trip, each as of its own time: decisions' reads that share a
     * round trip ({@link SharedRoundTrips}) and the bulk reads of a campaign. The same calls as {@link #CONTEXT_QUERY},
     * with {@code at} and the horizons taken from each request; one row per customer found, with the request's index.
     */
    public static final String CONTEXTS_QUERY = Graph.compact("""
            UNWIND $requests AS request
            MATCH (c:Customer {id: request.customerId})
            %s
            RETURN request.index AS index, c {.*} AS customer, owned, signals, eventCart, exposures, responses
            """.formatted(asOfEachRequest(CUSTOMER_CALLS)));

    /** The most decisions' reads one round trip carries. */
    static final int MAX_READS_PER_ROUND_TRIP = 16;

    private final Graph graph;
    private final CatalogCache catalog;
    private final SharedRoundTrips<ContextRead, Record> reads;
    private final Set<Channel> deliveredOnDecide;
    /** The bundles running at a decision's time; none for a reader without promotions. */
    private final Function<Instant, List<Traversals.Bundle>> bundles;

    /** A reader with one round trip under way per CPU core, and no metric. */
    CustomerContextReader(Graph graph, CatalogCache catalog) {
        this(graph, catalog, DecisionProperties.DEFAULTS, null, Promotions.none());
    }

    @Autowired
    CustomerContextReader(Graph graph, CatalogCache catalog, DecisionProperties properties, MeterRegistry meters,
                          Promotions promotions) {
        this.graph = graph;
        this.bundles = at -> promotions.bundlesRunningAt(at).stream()
                .map(p -> new Traversals.Bundle(p.id(), p.name(), p.skus())).toList();
        this.catalog = catalog;
        this.deliveredOnDecide = properties.deliveredOnDecide();
        IntConsumer batchSizes = meters == null ? size -> { } : DistributionSummary
                .builder("crosswise.decision.read.batch")
                .description("decisions' customer reads carried by one round trip to Neo4j")
                .register(meters)::record;
        this.reads = new SharedRoundTrips<>(this::readTogether, properties.readsInFlightOrDefault(),
                MAX_READS_PER_ROUND_TRIP, batchSizes);
    }

    /** One decision's read: whose context, as of when. */
    record ContextRead(String customerId, Instant at) {
    }

    /** {@code $at}, {@code $since}, {@code $exposureSince} of the calls, taken from each request instead. */
    private static String asOfEachRequest(String calls) {
        String perRequest = calls.replace("CALL (c) {", "CALL (c, request) {")
                .replace("$exposureSince", "request.exposureSince")
                .replace("$since", "request.since")
                .replace("$at", "request.at");
        Matcher parameter = Pattern.compile("\\$(\\w+)").matcher(perRequest);
        while (parameter.find()) {
            if (!parameter.group(1).equals("maxSignals")) { // the same for every request
                throw new IllegalStateException("$" + parameter.group(1) + " must be read per request too");
            }
        }
        return perRequest;
    }

    /**
     * The records of {@code reads}, in their order ({@code null}: no such customer), in one round trip. One read
     * alone uses {@link #CONTEXT_QUERY}, the statement the benchmark's floor measures; several {@link #CONTEXTS_QUERY}.
     */
    List<Record> readTogether(List<ContextRead> reads) {
        if (reads.size() == 1) {
            ContextRead read = reads.getFirst();
            List<Record> records = graph.readAutoCommit(CONTEXT_QUERY,
                    parameters(read.customerId(), read.at(), Set.of(), null));
            return Collections.singletonList(records.isEmpty() ? null : records.getFirst());
        }
        List<Map<String, Object>> requests = new ArrayList<>(reads.size());
        for (int i = 0; i < reads.size(); i++) {
            Map<String, Object> request = seenAt(reads.get(i).at());
            request.put("index", i);
            request.put("customerId", reads.get(i).customerId());
            requests.add(request);
        }
        Record[] byRequest = new Record[reads.size()];
        for (Record record : graph.readAutoCommit(CONTEXTS_QUERY,
                Map.of("requests", requests, "maxSignals", MAX_SIGNALS))) {
            byRequest[record.get("index").asInt()] = record;
        }
        return Arrays.asList(byRequest);
    }

    public CustomerContext read(String customerId, Instant at, Set<String> contextCart) {
        return read(customerId, at, contextCart, null);
    }

    /**
     * @param contextCart the cart as the request states it (added to the cart replayed from events)
     * @param productSku  the product the customer is looking at, when the request says so (anchors an upsell)
     */
    public CustomerContext read(String customerId, Instant at, Set<String> contextCart, String productSku) {
        return read(customerId, at, contextCart, productSku, Hypothetical.NONE);
    }

    /**
     * The context as if {@code hypothetical} had happened too: the traversals walk from its purchases, returns and
     * cart additions as from real ones (a simulated purchase opens the gaps of its solution and family). Only the
     * traversals' starting points change; the facts of the events themselves are the caller's (simulation).
     */
    public CustomerContext read(String customerId, Instant at, Set<String> contextCart, String productSku,
                                Hypothetical hypothetical) {
        // reads of other decisions asked at the same time may share the round trip (SharedRoundTrips)
        Record record = reads.ask(new ContextRead(customerId, at));
        if (record == null) {
            throw new NotFoundException("Customer '" + customerId + "' not found: check the id (ids are case-sensitive)");
        }
        return contexts(List.of(record), at, contextCart, productSku, hypothetical).getFirst();
    }

    /**
     * Events that did not happen, as the traversals see them: purchases (anchors from their time on), products
     * returned (they anchor nothing any more), usage reported (how ready an upgrade is), products added to the cart
     * (complements start from them) and what left the cart: per product the time it was last removed or bought, and
     * the time of the last checkout (cart items added until then are gone, as in the cart the graph replays).
     */
    public record Hypothetical(List<Purchase> purchases, Set<String> returned, Map<String, Double> usage,
                               List<String> cartAdded, Map<String, Instant> leftCart, Instant checkout) {

        public static final Hypothetical NONE = new Hypothetical(List.of(), Set.of(), Map.of(), List.of(), Map.of(),
                null);

        public record Purchase(String sku, Instant at, boolean gift) {
        }

        /** Whether a cart item added at {@code addedAt} has left the cart since. */
        boolean tookOut(String sku, Instant addedAt) {
            Instant left = leftCart.get(sku);
            return (left != null && !addedAt.isAfter(left)) || (checkout != null && !addedAt.isAfter(checkout));
        }
    }

    /**
     * The contexts of {@code customerIds} at {@code at}, with no request cart or product, read in one round trip;
     * customers not in the graph are missing from the answer.
     */
    public Map<String, CustomerContext> readAll(List<String> customerIds, Instant at) {
        List<Record> records = new ArrayList<>(readTogether(customerIds.stream()
                .map(id -> new ContextRead(id, at)).toList()));
        records.removeIf(Objects::isNull);
        Map<String, CustomerContext> contexts = new HashMap<>();
        for (CustomerContext context : contexts(records, at, Set.of(), null, Hypothetical.NONE)) {
            contexts.put(context.profile().getId(), context);
        }
        return contexts;
    }

    /**
     * An anonymous visitor's context, from the request alone (nothing is read from Neo4j): the traversals start from
     * the product looked at and the cart, and the best sellers fill in. No customer, profile, ownership or signals.
     */
    public CustomerContext readAnonymous(Instant at, Set<String> contextCart, String productSku) {
        ProductGraph productGraph = catalog.productGraph();
        List<String> cart = addedByRequest(Set.of(), contextCart);
        List<Traversals.Interest> interests = new ArrayList<>();
        if (productSku != null) {
            interests.add(new Traversals.Interest(productSku, "VIEWING", 0.8));
        }
        cart.forEach(sku -> interests.add(new Traversals.Interest(sku, "CART", 0.7)));
        var start = new Traversals.Start(List.of(), cart, interests, productSku, Traversals.Orders.NONE, at);

        Set<String> asked = new HashSet<>(Traversals.productsAsked(productGraph, start));
        if (productSku != null) {
            asked.add(productSku);
        }
        Map<String, CachedProduct> products = new HashMap<>(catalog.products(asked));
        List<GraphCandidate> found = Traversals.walk(productGraph, sku -> productOrNull(products, sku), start,
                bundles.apply(at));
        Set<String> named = new HashSet<>(Traversals.productsNamed(found));
        named.removeAll(asked);
        if (!named.isEmpty()) {
            products.putAll(catalog.products(named));
        }
        Map<String, Product> productViews = new LinkedHashMap<>();
        List<Candidate> candidates = candidates(found, products, null, at, productViews);
        List<CartItem> cartItems = cart.stream()
                .map(sku -> cartItem(sku, existingAt(products, sku, at), 0, true)).toList();
        cart.forEach(sku -> knownProduct(products, sku, productViews));
        knownProduct(products, productSku, productViews);
        return new CustomerContext(null, null, List.of(), List.of(), new ArrayList<>(cartItems), List.of(), List.of(),
                candidates, productViews);
    }

    /**
     * Walks the traversals from each customer's record over the product graph and shapes the facts. The product
     * attributes come from the catalog cache, asked twice for all records together: what the traversals look at,
     * then the candidates they found.
     */
    private List<CustomerContext> contexts(List<Record> records, Instant at, Set<String> contextCart,
                                           String productSku, Hypothetical hypothetical) {
        ProductGraph productGraph = catalog.productGraph();
        List<Traversals.Start> starts = new ArrayList<>(records.size());
        Set<String> asked = new HashSet<>(contextCart);
        if (productSku != null) {
            asked.add(productSku); // its attributes in the same lookup: the answer says when the catalog lacks it
        }
        for (Record record : records) {
            Traversals.Start start = start(record, at, contextCart, productSku, hypothetical);
            starts.add(start);
            asked.addAll(Traversals.productsAsked(productGraph, start));
        }
        Map<String, CachedProduct> products = new HashMap<>(catalog.products(asked));
        Function<String, Product> product = sku -> productOrNull(products, sku);
        List<List<GraphCandidate>> found = new ArrayList<>(records.size());
        Set<String> named = new HashSet<>();
        List<Traversals.Bundle> running = bundles.apply(at);
        for (Traversals.Start start : starts) {
            List<GraphCandidate> candidates = Traversals.walk(productGraph, product, start, running);
            found.add(candidates);
            named.addAll(Traversals.productsNamed(candidates));
        }
        named.removeAll(asked);
        if (!named.isEmpty()) {
            products.putAll(catalog.products(named));
        }
        List<CustomerContext> contexts = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            contexts.add(toContext(records.get(i), found.get(i), products, at, contextCart, productSku, deliveredOnDecide));
        }
        return contexts;
    }

    /** Where the traversals start: what is owned (latest first), the cart, what the customer shows interest in. */
    private static Traversals.Start start(Record record, Instant at, Set<String> contextCart, String productSku,
                                          Hypothetical hypothetical) {
        Map<String, Traversals.Owned> bySku = new LinkedHashMap<>(); // in the order read
        record.get("owned").asList(o -> new Traversals.Owned(o.get("sku").asString(), instant(o.get("at")),
                        o.get("usagePercent").isNull() ? null : o.get("usagePercent").asDouble(),
                        o.get("gift").asBoolean(false), o.get("returned").asBoolean(false)))
                .forEach(o -> bySku.put(o.sku(), o));
        for (Hypothetical.Purchase purchase : hypothetical.purchases()) {
            bySku.put(purchase.sku(), new Traversals.Owned(purchase.sku(), purchase.at(), null, purchase.gift(), false));
        }
        hypothetical.usage().forEach((sku, percent) -> bySku.computeIfPresent(sku,
                (key, o) -> new Traversals.Owned(key, o.at(), percent, o.gift(), o.returned())));
        hypothetical.returned().forEach(sku -> bySku.computeIfPresent(sku,
                (key, o) -> new Traversals.Owned(key, o.at(), o.usagePercent(), o.gift(), true)));
        List<Traversals.Owned> owned = new ArrayList<>(bySku.values());
        owned.sort(Comparator.comparing(Traversals.Owned::at).reversed());

        List<String> cart = new ArrayList<>();
        for (Value item : record.get("eventCart").values()) {
            String sku = item.get("sku").asString();
            if (!hypothetical.tookOut(sku, instant(item.get("addedAt")))) {
                cart.add(sku);
            }
        }
        cart.addAll(addedByRequest(Set.copyOf(cart), contextCart));
        hypothetical.cartAdded().stream().filter(sku -> !cart.contains(sku)).forEach(cart::add);

        List<Traversals.Interest> interests = new ArrayList<>();
        Map<String, Set<String>> ordersHolding = new HashMap<>();
        Map<String, Set<LocalDate>> daysBought = new HashMap<>();
        Set<String> orders = new HashSet<>();
        if (productSku != null) {
            interests.add(new Traversals.Interest(productSku, "VIEWING", 0.8));
        }
        cart.forEach(sku -> interests.add(new Traversals.Interest(sku, "CART", 0.7)));
        Instant interestSince = at.minus(INTEREST_HORIZON);
        for (Value signal : record.get("signals").values()) { // latest first
            String type = signal.get("type").asString(null);
            if ("VIEW".equals(type) && !signal.get("sku").isNull()
                    && instant(signal.get("at")).isAfter(interestSince)) {
                interests.add(new Traversals.Interest(signal.get("sku").asString(), "VIEWED", 0.5));
            } else if ("PURCHASE".equals(type) && !signal.get("sku").isNull() && !signal.get("orderId").isNull()) {
                String sku = signal.get("sku").asString();
                String order = signal.get("orderId").asString();
                orders.add(order);
                ordersHolding.computeIfAbsent(sku, k -> new HashSet<>()).add(order);
                daysBought.computeIfAbsent(sku, k -> new HashSet<>())
                        .add(instant(signal.get("at")).atZone(ZoneOffset.UTC).toLocalDate());
            }
        }
        return new Traversals.Start(owned, cart, interests, productSku, orders(orders, ordersHolding, daysBought), at);
    }

    /** The customer's recent orders (the purchases among the signals): how many, per product how many held it and its own cycle. */
    private static Traversals.Orders orders(Set<String> orders, Map<String, Set<String>> holding,
                                            Map<String, Set<LocalDate>> days) {
        if (orders.isEmpty()) {
            return Traversals.Orders.NONE;
        }
        Map<String, Integer> counts = new HashMap<>();
        holding.forEach((sku, ids) -> counts.put(sku, ids.size()));
        Map<String, Integer> cycles = new HashMap<>();
        days.forEach((sku, bought) -> {
            if (bought.size() > 1) {
                long span = ChronoUnit.DAYS.between(Collections.min(bought), Collections.max(bought));
                cycles.put(sku, (int) Math.max(1, Math.round((double) span / (bought.size() - 1))));
            }
        });
        return new Traversals.Orders(orders.size(), counts, cycles);
    }

    /**
     * The parameters of {@link #CONTEXT_QUERY} and of {@link CypherTraversals#CONTEXT_QUERY}; public so the
     * benchmark's floor reads with exactly the same ones.
     */
    public static Map<String, Object> parameters(String customerId, Instant at, Set<String> contextCart,
                                                 String productSku) {
        Map<String, Object> parameters = seenAt(at);
        parameters.put("customerId", customerId);
        parameters.put("maxSignals", MAX_SIGNALS);
        parameters.put("maxPerStrategy", MAX_PER_STRATEGY);
        parameters.put("priorBaskets", Association.PRIOR_BASKETS);
        parameters.put("cartSkus", List.copyOf(contextCart));
        parameters.put("productSku", productSku);
        return parameters;
    }

    /** The time a read sees the graph at, and the horizons back from it. */
    private static Map<String, Object> seenAt(Instant at) {
        Map<String, Object> times = new HashMap<>();
        times.put("at", at.atZone(ZoneOffset.UTC));
        times.put("since", at.minus(SIGNAL_HORIZON).atZone(ZoneOffset.UTC));
        times.put("interestSince", at.minus(INTEREST_HORIZON).atZone(ZoneOffset.UTC));
        times.put("exposureSince", at.minus(EXPOSURE_HORIZON).atZone(ZoneOffset.UTC));
        return times;
    }

    /**
     * The recorded actions the customer really saw, which caps and rotation count: on a channel that delivers on
     * decide (an email sent, a push pushed) the decision itself, timed at the decision; elsewhere (a web page that
     * may be rendered and never seen, re-rendered, or fetched by a bot) only an action the frontend reported SHOWN,
     * timed at its first showing.
     */
    private static List<Exposure> impressions(Value offered, List<OfferResponse> responses, Set<Channel> deliveredOnDecide,
                                              Instant at) {
        Map<String, Double> firstShown = new HashMap<>();
        for (OfferResponse response : responses) {
            if ("SHOWN".equals(response.getType()) && response.getSku() != null) {
                firstShown.merge(response.getDecisionId() + '\u0000' + response.getSku(), response.getHoursAgo(), Math::max);
            }
        }
        List<Exposure> impressions = new ArrayList<>();
        for (Value e : offered.values()) {
            String decisionId = e.get("decisionId").asString();
            String sku = e.get("sku").asString();
            Channel channel = enumOrNull(Channel.class, e.get("channel"));
            Double hoursAgo = channel != null && deliveredOnDecide.contains(channel)
                    ? Double.valueOf(hoursBetween(instant(e.get("at")), at))
                    : firstShown.get(decisionId + '\u0000' + sku);
            if (hoursAgo != null) {
                impressions.add(new Exposure(decisionId, sku, channel, enumOrNull(Strategy.class, e.get("strategy")), hoursAgo,
                        e.get("saving").asDouble(0)));
            }
        }
        return impressions;
    }

    /**
     * Shapes one customer's record as facts, with product attributes from the catalog. A product not launched yet
     * at {@code at} does not exist yet: it is no candidate, and in the cart it has no price.
     */
    static CustomerContext toContext(Record record, List<GraphCandidate> found, Map<String, CachedProduct> catalog,
                                     Instant at, Set<String> contextCart, String productSku) {
        return toContext(record, found, catalog, at, contextCart, productSku, DecisionProperties.DEFAULTS.deliveredOnDecide());
    }

    /** {@code deliveredOnDecide}: the channels whose recorded decision is itself an impression (the message went out). */
    static CustomerContext toContext(Record record, List<GraphCandidate> found, Map<String, CachedProduct> catalog,
                                     Instant at, Set<String> contextCart, String productSku,
                                     Set<Channel> deliveredOnDecide) {
        Value customer = record.get("customer");
        String customerId = customer.get("id").asString();

        List<Ownership> owned = record.get("owned").asList(o -> {
            String sku = o.get("sku").asString();
            Product product = productOrNull(catalog, sku);
            return new Ownership(sku, product == null ? sku : product.name(),
                    product == null ? null : product.category(), product == null ? null : product.family(),
                    hoursBetween(instant(o.get("at")), at),
                    o.get("usagePercent").isNull() ? null : o.get("usagePercent").asDouble(),
                    o.get("gift").asBoolean(false), o.get("returned").asBoolean(false),
                    o.get("price").isNull() ? null : o.get("price").asDouble());
        });

        List<Signal> signals = record.get("signals").asList(e -> new Signal(
                e.get("id").asString(), e.get("type").asString(), e.get("sku").asString(null),
                e.get("category").asString(null), hoursBetween(instant(e.get("at")), at),
                e.get("satisfaction").isNull() ? null : e.get("satisfaction").asInt(),
                e.get("tier").asString(null),
                e.get("usagePercent").isNull() ? null : e.get("usagePercent").asDouble(),
                e.get("gift").asBoolean(false)));

        List<OfferResponse> responses = record.get("responses").asList(r -> new OfferResponse(
                r.get("decisionId").asString(), r.get("sku").asString(null), r.get("type").asString(),
                hoursBetween(instant(r.get("at")), at)));
        List<Exposure> exposures = impressions(record.get("exposures"), responses, deliveredOnDecide, at);

        Map<String, Product> productViews = new LinkedHashMap<>();
        List<Candidate> candidates = candidates(found, catalog, customerId, at, productViews);

        var profile = new CustomerProfile(
                customerId, customer.get("name").asString(customerId),
                Tier.valueOf(customer.get("tier").asString("BRONZE")), customer.get("points").asLong(0),
                customer.get("spend").asDouble(0), consents(customer), customer.get("optedOut").asBoolean(false),
                customer.get("timeZone").asString(null),
                customer.get("joinedAt").isNull() ? null : instant(customer.get("joinedAt")),
                customer.get("childBirthYears").isNull() ? List.of() : customer.get("childBirthYears").asList(Value::asInt),
                at, owned.size(), averagePrice(record.get("owned")));

        List<CartItem> cart = cart(record.get("eventCart"), contextCart, catalog, at);
        // what the request shows, launched yet or not: a sku missing here is one the catalog does not know
        cart.forEach(item -> knownProduct(catalog, item.getSku(), productViews));
        knownProduct(catalog, productSku, productViews);
        return new CustomerContext(Customers.from(customer), profile, owned, signals, cart, exposures, responses,
                candidates, productViews);
    }

    /**
     * The candidates found, as rule facts, of products that exist at {@code at}; their products go into
     * {@code productViews}. {@code customerId} null: an anonymous visitor.
     */
    private static List<Candidate> candidates(List<GraphCandidate> found, Map<String, CachedProduct> catalog,
                                              String customerId, Instant at, Map<String, Product> productViews) {
        List<Candidate> candidates = new ArrayList<>(found.size());
        for (GraphCandidate c : found) {
            CachedProduct p = candidateAt(catalog, c.sku(), at);
            if (p == null) {
                continue;
            }
            Product anchor = productOrNull(catalog, c.anchorSku());
            candidates.add(candidate(c, p, anchor == null ? null : anchor.name(), customerId, at));
            productViews.put(p.product().sku(), p.product());
        }
        return candidates;
    }

    private static void knownProduct(Map<String, CachedProduct> catalog, String sku, Map<String, Product> products) {
        Product product = productOrNull(catalog, sku);
        if (product != null) {
            products.put(sku, product);
        }
    }

    /**
     * Products launching within this many days are candidates before their launch: the rules hold them back ("Not
     * launched yet") unless one opens early access to them (a loyalty tier's).
     */
    static final int PRE_LAUNCH_DAYS = 60;

    /** The product if it exists at {@code at} or launches within {@value #PRE_LAUNCH_DAYS} days, else null. */
    private static CachedProduct candidateAt(Map<String, CachedProduct> catalog, String sku, Instant at) {
        CachedProduct product = catalog.get(sku);
        return product != null && product.existsAt(at.plus(java.time.Duration.ofDays(PRE_LAUNCH_DAYS))) ? product : null;
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
        addedByRequest(seen, contextCart).forEach(sku -> cart.add(cartItem(sku, existingAt(catalog, sku, at), 0, true)));
        return cart;
    }

    /** The request's cart items that the cart replayed from events does not have yet, in sku order. */
    private static List<String> addedByRequest(Set<String> inEventCart, Set<String> contextCart) {
        return contextCart.stream().filter(sku -> !inEventCart.contains(sku)).sorted().toList();
    }

    private static CartItem cartItem(String sku, CachedProduct cached, double hours, boolean fromContext) {
        if (cached == null) {
            return new CartItem(sku, sku, 0, hours, fromContext);
        }
        Product product = cached.product();
        return new CartItem(sku, product.name() == null ? sku : product.name(), product.price(), hours, fromContext);
    }

    /** The candidate as a rule fact; attributes from the cached product (fields, not map lookups: ~60 per decision). */
    private static Candidate candidate(GraphCandidate c, CachedProduct cached, String anchorName, String customerId,
                                       Instant at) {
        Product p = cached.product();
        Value attributes = cached.attributes();
        return Candidate.builder(c.sku(), p.name(), c.strategy())
                .traversal(c.traversal())
                .relevance(c.relevance())
                .price(p.price())
                .margin(p.margin())
                .stock(p.stock())
                .category(p.category())
                .family(p.family())
                .level(p.level())
                .premium(p.premium())
                .consumable(p.consumable())
                .giftable(p.giftable())
                .minTier(p.minTier())
                .season(p.season())
                .daysSinceLaunch(p.launchedAt() == null ? Double.MAX_VALUE
                        : hoursBetween(p.launchedAt().toInstant(), at) / 24.0)
                .cycleDays(c.cycleDays() != null ? c.cycleDays() : p.cycleDays() == null ? 0 : p.cycleDays())
                .dueShare(c.dueShare())
                .ageRange(attributes.get("ageFrom").asInt(0), attributes.get("ageTo").asInt(0))
                .anchor(c.anchorSku(), anchorName)
                .via(c.via())
                .role(c.role())
                .explainedBy(() -> path(c, customerId), () -> explanation(c, p, anchorName, at))
                .build();
    }

    /** The candidate's path through the graph, node by node, as its traversal walked it; an anonymous visitor's has no customer. */
    static List<String> path(GraphCandidate c, String customerId) {
        List<String> path = walked(c, "Customer:" + customerId);
        return customerId == null ? path.subList(1, path.size()) : path;
    }

    private static List<String> walked(GraphCandidate c, String customer) {
        String product = "Product:" + c.sku();
        String anchor = "Product:" + c.anchorSku();
        return switch (c.traversal()) {
            case "completion-gaps" -> List.of(customer, anchor, "Solution:" + c.viaId(), product);
            case "ecosystem-gaps" -> List.of(customer, anchor, "Family:" + c.viaId(), product);
            case "replenishment-cycle", "gift-again", RepeatPurchases.TRAVERSAL -> List.of(customer, product);
            case Traversals.BUNDLE -> List.of(customer, anchor, "Promotion:" + c.viaId(), product);
            case BestSellers.IN_CATEGORY -> List.of(customer, "Category:" + c.viaId(), product);
            case BestSellers.OVERALL, BestSellers.TRENDING -> List.of(customer, product);
            default -> List.of(customer, anchor, product);
        };
    }

    /** The candidate reason's text, from the traversal's own terms. */
    private static String explanation(GraphCandidate c, Product p, String anchorName, Instant at) {
        String name = p.name();
        String anchor = anchorName == null ? "" : anchorName;
        String via = c.via() == null ? "" : c.via();
        return switch (c.traversal()) {
            case "completion-gaps" -> "Completes the " + via + ": the customer owns " + anchor + "; " + name + " is its "
                    + (c.role() == null ? "missing part" : c.role());
            case "ecosystem-gaps" -> name + " belongs to " + via + ", which the customer adopted with " + anchor;
            case "upgrade-path" -> name + " is the next level" + (via.isEmpty() ? "" : " (" + via.toLowerCase(Locale.ROOT) + ")")
                    + " after " + anchor + ", which the customer owns"
                    + (c.usagePercent() == null ? "" : " and has used " + Math.round(c.usagePercent()) + " %");
            case "premium-alternative" -> name + " is the premium alternative to " + anchor + ", which the customer "
                    + switch (via) {
                        case "VIEWING" -> "is looking at now";
                        case "CART" -> "has in the cart";
                        default -> "viewed recently";
                    };
            case "complements" -> "Our merchandisers pair " + anchor + " with " + name + " (strength "
                    + (c.strength() == null ? 0.0 : c.strength()) + ")" + anchorNow(via, anchor);
            case "bought-together" -> "Customers who buy " + anchor + " often buy " + name + " too ("
                    + (c.confidence() == null || c.support() == null ? "lift " + Math.round((c.lift() == null ? 1 : c.lift()) * 10) / 10.0
                        : Association.ofEdge(c.support(), c.lift(), c.confidence()).explained())
                    + ")" + anchorNow(via, anchor) + carriedOver(c);
            case Traversals.BUNDLE -> name + " completes the " + c.role() + " bundle: the customer has " + anchor
                    + "; bought together, its products cost less";
            case "replenishment-cycle" -> name + " lasts about " + (p.cycleDays() == null ? 0 : p.cycleDays()) + " days; the customer bought it "
                    + Math.round(hoursBetween(c.boughtAt(), at) / 24) + " days ago";
            case "gift-again" -> "The customer gave " + name + " as a gift "
                    + Math.round(hoursBetween(c.boughtAt(), at) / 24) + " days ago";
            case RepeatPurchases.TRAVERSAL -> "The customer bought " + name + " in " + Math.round(c.support()) + " of "
                    + c.orders() + " recent orders, the last " + Math.round(hoursBetween(c.boughtAt(), at) / 24)
                    + " days ago; " + ("OWN".equals(c.via()) ? "they buy it again about every " + c.cycleDays() + " days"
                    : c.cycleDays() == null ? "too few customers bought it again to tell its cycle"
                    : "customers buy it again after about " + c.cycleDays() + " days (the shop's median)");
            case BestSellers.OVERALL -> name + " is one of the shop's best sellers: in " + percent(c.relevance())
                    + " of the last year's baskets";
            case BestSellers.TRENDING -> name + " is trending: selling in the last four weeks well above its share"
                    + " over the year; foreseen in " + percent(c.relevance()) + " of the coming baskets";
            case BestSellers.IN_CATEGORY -> name + " is one of the best sellers of " + via
                    + ", a category the customer buys from";
            default -> name + " is connected to " + anchor;
        };
    }

    /** A co-purchase from a product of an earlier order: the part of its pull that carries over, when not all. */
    private static String carriedOver(GraphCandidate c) {
        if (!"OWNED".equals(c.via()) || c.confidence() == null || c.support() == null || c.confidence() <= 0) {
            return "";
        }
        double whole = Association.ofEdge(c.support(), c.lift(), c.confidence()).strength();
        return c.relevance() < whole - 1e-9
                ? "; bought in an earlier order, which in this shop's orders carries part of that pull into the next: "
                    + Math.round(c.relevance() * 1000) / 1000.0
                : "";
    }

    /** Where a complement's anchor is now, when it is not simply owned. */
    private static String anchorNow(String via, String anchor) {
        return switch (via) {
            case "CART" -> "; " + anchor + " is in the cart";
            case "VIEWING" -> "; the customer is looking at " + anchor;
            default -> "";
        };
    }

    private static String percent(double share) {
        return share >= 0.1 ? Math.round(share * 100) + " %" : Math.round(share * 1000) / 10.0 + " %";
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
