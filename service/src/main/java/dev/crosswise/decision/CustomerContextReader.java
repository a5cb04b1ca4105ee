package dev.crosswise.decision;

import dev.crosswise.api.NotFoundException;
import dev.crosswise.catalog.Catalog;
import dev.crosswise.catalog.Product;
import dev.crosswise.customer.Customers;
import dev.crosswise.graph.Graph;
import dev.crosswise.rules.facts.CartItem;
import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.CustomerProfile;
import dev.crosswise.rules.facts.Ownership;
import dev.crosswise.rules.facts.Signal;
import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Tier;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Reads a customer's decision context in one Cypher round trip: profile, what they own, recent signals and the
 * candidates of every graph strategy, each with its path. Everything is seen as of {@code at}: ownership and
 * events after it do not exist yet. The traversals are documented in {@code graph-model/README.md}.
 */
@Component
public class CustomerContextReader {

    /** How far back signals are read: long enough for last year's gift season. */
    public static final Duration SIGNAL_HORIZON = Duration.ofDays(400);
    public static final int MAX_SIGNALS = 200;

    public static final String CONTEXT_QUERY = """
            MATCH (c:Customer {id: $customerId})
            CALL (c) {
              OPTIONAL MATCH (c)-[o:OWNS]->(p:Product)
              WHERE o.at <= $at
              RETURN collect(CASE WHEN p IS NOT NULL THEN {sku: p.sku, name: p.name, at: o.at, price: o.price,
                       usagePercent: o.usagePercent, gift: o.gift, returned: o.returned,
                       category: [(p)-[:IN_CATEGORY]->(cat) | cat.id][0],
                       family: [(p)-[:PART_OF]->(fam) | fam.id][0]} END) AS owned
            }
            CALL (c) {
              OPTIONAL MATCH (c)-[:DID]->(e:Event)
              WHERE e.at <= $at AND e.at > $since
              WITH e {.id, .type, .sku, .at, .satisfaction, .tier, .usagePercent, .gift,
                       category: [(e)-[:ABOUT]->(:Product)-[:IN_CATEGORY]->(cat) | cat.id][0]} AS signal
              ORDER BY signal.at DESC LIMIT $maxSignals
              RETURN collect(signal) AS signals
            }
            // completion-gaps: a solution the customer owns part of, and its other parts
            CALL (c) {
              OPTIONAL MATCH (c)-[o:OWNS]->(part:Product)<-[:NEEDS]-(s:Solution)
              WHERE o.at <= $at AND NOT coalesce(o.returned, false)
              WITH s, part ORDER BY o.at DESC
              WITH s, collect(part) AS ownedParts
              WHERE s IS NOT NULL
              MATCH (s)-[n:NEEDS]->(missing:Product)
              WHERE missing <> ownedParts[0]
              WITH s, ownedParts, n, missing, COUNT { (s)-[:NEEDS]->(:Product) } AS parts
              RETURN collect({strategy: 'COMPLETION', traversal: 'completion-gaps', sku: missing.sku,
                       anchorSku: ownedParts[0].sku, anchorName: ownedParts[0].name, via: s.name, viaId: s.id,
                       role: n.role,
                       relevance: toFloat(size(ownedParts)) / parts * CASE WHEN n.optional THEN 0.6 ELSE 1.0 END,
                       path: ['Customer:' + $customerId, 'Product:' + ownedParts[0].sku, 'Solution:' + s.id,
                              'Product:' + missing.sku]}) AS completion
            }
            // ecosystem-gaps: a family the customer adopted, and its other members; a member in a category the
            // customer has no member of yet adds a new function and counts double
            CALL (c) {
              OPTIONAL MATCH (c)-[o:OWNS]->(member:Product)-[:PART_OF]->(f:Family)
              WHERE o.at <= $at AND NOT coalesce(o.returned, false)
              WITH f, member ORDER BY o.at DESC
              WITH f, collect(member) AS adopted
              WHERE f IS NOT NULL
              MATCH (f)<-[:PART_OF]-(other:Product)
              WHERE other <> adopted[0]
              WITH f, adopted, other, COUNT { (f)<-[:PART_OF]-(:Product) } AS members,
                   EXISTS { (other)-[:IN_CATEGORY]->(:Category)<-[:IN_CATEGORY]-(same:Product) WHERE same IN adopted } AS sameFunction
              RETURN collect({strategy: 'ECOSYSTEM', traversal: 'ecosystem-gaps', sku: other.sku,
                       anchorSku: adopted[0].sku, anchorName: adopted[0].name, via: f.name, viaId: f.id,
                       relevance: (0.5 + 0.5 * size(adopted) / members) * CASE WHEN sameFunction THEN 0.5 ELSE 1.0 END,
                       path: ['Customer:' + $customerId, 'Product:' + adopted[0].sku, 'Family:' + f.id,
                              'Product:' + other.sku]}) AS ecosystem
            }
            WITH c, owned, signals, completion + ecosystem AS candidates
            CALL (candidates) {
              UNWIND candidates AS candidate
              WITH DISTINCT candidate.sku AS sku
              MATCH (p:Product {sku: sku})
              RETURN collect(%s) AS products
            }
            RETURN c {.*} AS customer, owned, signals, candidates, products
            """.formatted(Catalog.PRODUCT_PROJECTION);

    private final Graph graph;

    CustomerContextReader(Graph graph) {
        this.graph = graph;
    }

    public CustomerContext read(String customerId, Instant at, Set<String> contextCart) {
        var records = graph.read(CONTEXT_QUERY, Map.of(
                "customerId", customerId,
                "at", at.atZone(ZoneOffset.UTC),
                "since", at.minus(SIGNAL_HORIZON).atZone(ZoneOffset.UTC),
                "maxSignals", MAX_SIGNALS)).records();
        if (records.isEmpty()) {
            throw new NotFoundException("Customer '" + customerId + "' not found: check the id (ids are case-sensitive)");
        }
        return toContext(records.getFirst(), at, contextCart);
    }

    static CustomerContext toContext(Record record, Instant at, Set<String> contextCart) {
        Value customer = record.get("customer");
        Map<String, Value> products = new HashMap<>();
        record.get("products").values().forEach(p -> products.put(p.get("sku").asString(), p));

        List<Ownership> owned = record.get("owned").asList(o -> new Ownership(
                o.get("sku").asString(), o.get("name").asString(), o.get("category").asString(null),
                o.get("family").asString(null), hoursBetween(instant(o.get("at")), at),
                o.get("usagePercent").isNull() ? null : o.get("usagePercent").asDouble(),
                o.get("gift").asBoolean(false), o.get("returned").asBoolean(false)));

        List<Signal> signals = record.get("signals").asList(e -> new Signal(
                e.get("id").asString(), e.get("type").asString(), e.get("sku").asString(null),
                e.get("category").asString(null), hoursBetween(instant(e.get("at")), at),
                e.get("satisfaction").isNull() ? null : e.get("satisfaction").asInt(),
                e.get("tier").asString(null),
                e.get("usagePercent").isNull() ? null : e.get("usagePercent").asDouble(),
                e.get("gift").asBoolean(false)));

        List<Candidate> candidates = new ArrayList<>();
        for (Value c : record.get("candidates").values()) {
            Value p = products.get(c.get("sku").asString());
            if (p == null) {
                continue;
            }
            candidates.add(candidate(c, p, at));
        }

        var profile = new CustomerProfile(
                customer.get("id").asString(), customer.get("name").asString(customer.get("id").asString()),
                Tier.valueOf(customer.get("tier").asString("BRONZE")), customer.get("points").asLong(0),
                customer.get("spend").asDouble(0), consents(customer), customer.get("optedOut").asBoolean(false),
                customer.get("timeZone").asString(null),
                customer.get("joinedAt").isNull() ? null : instant(customer.get("joinedAt")),
                customer.get("childBirthYears").isNull() ? List.of() : customer.get("childBirthYears").asList(Value::asInt),
                at, owned.size(), averagePrice(record.get("owned")));

        Map<String, dev.crosswise.catalog.Product> productViews = new LinkedHashMap<>();
        products.forEach((sku, p) -> productViews.put(sku, dev.crosswise.catalog.Product.from(p)));
        return new CustomerContext(dev.crosswise.customer.Customers.from(customer), profile, owned, signals,
                Carts.current(signals, contextCart), candidates, productViews);
    }

    private static Candidate candidate(Value c, Value p, Instant at) {
        return new Candidate(
                c.get("sku").asString(), p.get("name").asString(), Strategy.valueOf(c.get("strategy").asString()),
                c.get("traversal").asString(), c.get("relevance").asDouble(), p.get("price").asDouble(0),
                p.get("margin").asDouble(0), p.get("stock").asLong(0), p.get("category").asString(null),
                p.get("family").asString(null), p.get("level").asString(null), p.get("premium").asBoolean(false),
                p.get("consumable").asBoolean(false), p.get("giftable").asBoolean(false),
                p.get("minTier").isNull() ? null : Tier.valueOf(p.get("minTier").asString()),
                p.get("season").asString(null),
                p.get("launchedAt").isNull() ? Double.MAX_VALUE : hoursBetween(instant(p.get("launchedAt")), at) / 24.0,
                c.get("anchorSku").asString(null), c.get("anchorName").asString(null), c.get("via").asString(null),
                c.get("role").asString(null), c.get("path").asList(Value::asString), explanation(c, p));
    }

    /** The candidate reason's text, from the traversal's own terms. */
    private static String explanation(Value c, Value p) {
        String name = p.get("name").asString();
        String anchor = c.get("anchorName").asString("");
        String via = c.get("via").asString("");
        return switch (c.get("strategy").asString()) {
            case "COMPLETION" -> "Completes the " + via + ": the customer owns " + anchor + "; " + name + " is its "
                    + c.get("role").asString("missing part");
            case "ECOSYSTEM" -> name + " belongs to " + via + ", which the customer adopted with " + anchor;
            default -> name + " is connected to " + anchor;
        };
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
