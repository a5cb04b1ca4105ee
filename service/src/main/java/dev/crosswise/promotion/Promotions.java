package dev.crosswise.promotion;

import dev.crosswise.catalog.CatalogCache;
import dev.crosswise.catalog.Product;
import dev.crosswise.graph.Graph;
import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.PromotionOffer;
import dev.crosswise.rules.facts.Tier;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Value;

/**
 * The promotions, kept in the service as the catalog is: a decision turns the promotions of its candidates' products
 * into rule facts from memory, with no graph read of its own. All promotions are read in one round trip — what they
 * name, the products they reach through their categories (sub-categories included) and the budget their recorded
 * offers used — after a change through this service at once, otherwise once they are {@link PromotionProperties#maxAge()}
 * old (a change from another client, the budget used by other instances' decisions).
 */
public class Promotions {

    private static final String LOAD = Graph.compact("""
            MATCH (p:Promotion)
            CALL (p) {
              OPTIONAL MATCH (p)-[:DISCOUNTS]->(x:Product)
              RETURN collect(x.sku) AS skus, sum(coalesce(x.price, 0.0)) AS listPrice, count(x.price) AS priced
            }
            CALL (p) {
              OPTIONAL MATCH (p)-[:DISCOUNTS]->(c:Category)
              RETURN collect(c.id) AS categories
            }
            CALL (p) {
              OPTIONAL MATCH (p)-[:DISCOUNTS]->(:Category)<-[:PARENT*0..]-(:Category)<-[:IN_CATEGORY]-(x:Product)
              RETURN collect(DISTINCT x.sku) AS reached
            }
            CALL (p) {
              OPTIONAL MATCH ()-[o:OFFERED {promotion: p.id}]->()
              RETURN count(o) AS usedUnits, sum(coalesce(o.saving, 0.0)) AS usedAmount
            }
            RETURN p {.*} AS promotion, skus, listPrice, priced, categories, reached, usedUnits, usedAmount,
                   [(p)-[:GIVES]->(gift:Product) | gift.sku][0] AS giftSku
            ORDER BY p.id
            """);

    /** What was read, and the products each promotion reaches. */
    private record Snapshot(Map<String, Promotion> byId, Map<String, List<Promotion>> bySku,
                            Map<String, Double> bundleListPrices, long loadedAt) {
    }

    private static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), Map.of(), Long.MAX_VALUE);

    private final Graph graph;
    private final Duration maxAge;
    /** Where a gift's price, margin and stock are read, as fresh as the catalog keeps them; null: no gift offered. */
    private final CatalogCache catalog;
    private volatile Snapshot snapshot;

    /**
     * Promotions whose gifts are read from the graph as old as the promotions may be (without the application's
     * catalog cache: tools and tests).
     *
     * @param graph null for none at all (tests of the decision without promotions)
     */
    public Promotions(Graph graph, Duration maxAge) {
        this(graph, maxAge, graph == null ? null : new CatalogCache(graph, maxAge));
    }

    /** @param catalog where gifts are looked up (their stock changes more often than promotions) */
    public Promotions(Graph graph, Duration maxAge, CatalogCache catalog) {
        this.graph = graph;
        this.maxAge = maxAge;
        this.catalog = catalog;
        this.snapshot = graph == null ? EMPTY : null;
    }

    /** No promotions, ever. */
    public static Promotions none() {
        return new Promotions(null, Duration.ZERO);
    }

    /** Every promotion, as of now (read again unless just read). */
    public List<Promotion> all() {
        return List.copyOf(current().byId().values());
    }

    /** Every promotion read fresh from the graph (what {@code Query.promotions} shows: the budget used now). */
    public List<Promotion> allFresh() {
        evict();
        return all();
    }

    public Optional<Promotion> find(String id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    /** The promotions by id, as decisions see them now. */
    public Map<String, Promotion> byId() {
        return current().byId();
    }

    /** Forget what was read: the next use reads again (after a write through this service). */
    public void evict() {
        if (graph != null) {
            snapshot = null;
        }
    }

    /**
     * The running promotions (active at {@code at}, budget left) of the candidates' products as rule facts, one per
     * product and promotion: the price after the discount, and the margin left after it — or, for a gift promotion,
     * the product at its price with the gift, and the margin left after the gift's cost. A gift no longer in the
     * catalog is not offered.
     */
    public List<PromotionOffer> offersFor(Collection<Candidate> candidates, Instant at) {
        Snapshot current = current();
        if (current.bySku().isEmpty()) {
            return List.of();
        }
        List<PromotionOffer> offers = new ArrayList<>();
        List<GiftOn> gifts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Candidate candidate : candidates) {
            List<Promotion> running = current.bySku().get(candidate.getSku());
            if (running == null || !seen.add(candidate.getSku())) {
                continue;
            }
            for (Promotion promotion : running) {
                if (!promotion.activeAt(at) || !promotion.budgetLeft()) {
                    continue;
                }
                if (promotion.givesGift()) {
                    gifts.add(new GiftOn(promotion, candidate));
                } else {
                    offers.add(offer(promotion, candidate, at));
                }
            }
        }
        if (!gifts.isEmpty() && catalog != null) {
            // one catalog look-up for every gift of the decision
            Map<String, CatalogCache.CachedProduct> found = catalog.products(gifts.stream()
                    .map(on -> on.promotion().giftSku()).collect(Collectors.toSet()));
            for (GiftOn on : gifts) {
                CatalogCache.CachedProduct gift = found.get(on.promotion().giftSku());
                if (gift != null) {
                    offers.add(giftOffer(on.promotion(), on.candidate(), gift.product(), at));
                }
            }
        }
        return offers;
    }

    /** The gifts with these skus, by sku, for the actions that show them; empty without a catalog. */
    public Map<String, Product> gifts(Collection<String> skus) {
        if (skus.isEmpty() || catalog == null) {
            return Map.of();
        }
        Map<String, Product> gifts = new HashMap<>();
        catalog.products(skus).forEach((sku, cached) -> gifts.put(sku, cached.product()));
        return gifts;
    }

    /** The bundles running at {@code at} (started, not ended, budget left), by id. */
    public List<Promotion> bundlesRunningAt(Instant at) {
        return current().byId().values().stream()
                .filter(p -> p.bundle() && p.activeAt(at) && p.budgetLeft()).toList();
    }

    /** The candidates' traversal that proposes the rest of a bundle; {@code via} is the bundle's id. */
    public static final String BUNDLE_TRAVERSAL = "bundle";

    /**
     * For each candidate that is part of the rest of a running bundle (traversal {@value #BUNDLE_TRAVERSAL}, its
     * {@code via} the bundle's id), the offer of that rest — every product of the bundle the decision proposes with
     * it — at the whole bundle's saving: what the customer pays for the rest, and the margin left on it.
     *
     */
    public List<PromotionOffer> bundleOffersFor(Collection<Candidate> candidates, Instant at) {
        Map<String, List<Candidate>> rests = new java.util.LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            if (BUNDLE_TRAVERSAL.equals(candidate.getTraversal()) && candidate.getVia() != null) {
                rests.computeIfAbsent(candidate.getVia(), id -> new ArrayList<>()).add(candidate);
            }
        }
        List<PromotionOffer> offers = new ArrayList<>();
        Snapshot current = rests.isEmpty() ? null : current(); // one snapshot for every bundle of the decision
        rests.forEach((id, rest) -> {
            Promotion bundle = current.byId().get(id);
            Double whole = current.bundleListPrices().get(id); // null when a product has no price: no saving to say
            if (bundle == null || whole == null || !bundle.activeAt(at) || !bundle.budgetLeft()) {
                return;
            }
            double restList = 0;
            double restEarned = 0;
            boolean marginKnown = true;
            List<String> restSkus = new ArrayList<>();
            for (Candidate part : rest) {
                if (!restSkus.contains(part.getSku())) {
                    restSkus.add(part.getSku());
                    restList += part.getPrice();
                    restEarned += part.getPrice() * part.getMargin();
                    marginKnown &= part.isMarginKnown();
                }
            }
            restSkus.sort(java.util.Comparator.comparingInt(bundle.skus()::indexOf)); // as the bundle lists them
            double saving = Math.min(bundle.bundleSaving(whole), restList);
            double price = Math.round((restList - saving) * 100.0) / 100.0;
            double marginAfter = price <= 0 ? -1 : (restEarned - saving) / price;
            double hoursLeft = Duration.between(at, bundle.endsAt().toInstant()).toMinutes() / 60.0;
            for (String sku : restSkus) {
                offers.add(new PromotionOffer(bundle.id(), bundle.name(), sku, restList, price, marginAfter, marginKnown,
                        hoursLeft, bundle.minTier(), Set.copyOf(bundle.channels()), restSkus));
            }
        });
        return offers;
    }

    static PromotionOffer offer(Promotion promotion, Candidate candidate, Instant at) {
        double listPrice = candidate.getPrice();
        double price = promotion.priceOf(listPrice);
        double saving = listPrice - price;
        // what the shop earns per unit, less the saving, over what the customer pays
        double marginAfter = price <= 0 ? -1 : (listPrice * candidate.getMargin() - saving) / price;
        double hoursLeft = Duration.between(at, promotion.endsAt().toInstant()).toMinutes() / 60.0;
        return new PromotionOffer(promotion.id(), promotion.name(), candidate.getSku(), listPrice, price, marginAfter,
                candidate.isMarginKnown(), hoursLeft, promotion.minTier(), Set.copyOf(promotion.channels()));
    }

    /** A gift promotion that applies to a candidate, before its gift is looked up in the catalog. */
    private record GiftOn(Promotion promotion, Candidate candidate) {
    }

    /**
     * A gift promotion's offer on the candidate's product: the customer pays the product's price and saves the gift's
     * list price; the shop earns the product's margin less what the gift costs it. A gift whose margin is unknown has
     * no known cost: the offer's margin is then unknown too (the floor does not judge it).
     */
    static PromotionOffer giftOffer(Promotion promotion, Candidate candidate, Product gift, Instant at) {
        double price = candidate.getPrice();
        boolean giftCostKnown = gift.margin() != null;
        double giftCost = giftCostKnown ? gift.price() * (1 - gift.margin()) : 0;
        double marginAfter = price <= 0 ? -1 : (price * candidate.getMargin() - giftCost) / price;
        double hoursLeft = Duration.between(at, promotion.endsAt().toInstant()).toMinutes() / 60.0;
        return PromotionOffer.gift(promotion.id(), promotion.name(), candidate.getSku(), price, marginAfter,
                candidate.isMarginKnown() && giftCostKnown, hoursLeft, promotion.minTier(),
                Set.copyOf(promotion.channels()), gift.sku(), gift.name(), gift.price(), gift.stock());
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current != null && System.nanoTime() - current.loadedAt() < maxAge.toNanos()) {
            return current;
        }
        if (graph == null) {
            return EMPTY;
        }
        synchronized (this) {
            current = snapshot;
            if (current == null || System.nanoTime() - current.loadedAt() >= maxAge.toNanos()) {
                current = load();
                snapshot = current;
            }
            return current;
        }
    }

    private Snapshot load() {
        long loadedAt = System.nanoTime();
        Map<String, Promotion> byId = new LinkedHashMap<>();
        Map<String, List<Promotion>> bySku = new HashMap<>();
        Map<String, Double> bundleListPrices = new HashMap<>();
        for (var record : graph.read(LOAD, Map.of()).records()) {
            Promotion promotion = from(record.get("promotion"), record.get("skus").asList(Value::asString),
                    record.get("categories").asList(Value::asString), record.get("usedUnits").asLong(),
                    record.get("usedAmount").asDouble(0),
                    record.get("giftSku").isNull() ? null : record.get("giftSku").asString());
            byId.put(promotion.id(), promotion);
            if (promotion.bundle() && record.get("priced").asLong() == promotion.skus().size()) {
                bundleListPrices.put(promotion.id(), record.get("listPrice").asDouble());
            }
            if (promotion.bundle()) {
                continue; // its discount is on the bundle, offered with the rest of it (bundleOffersFor)
            }
            Set<String> reached = new HashSet<>(promotion.skus());
            reached.addAll(record.get("reached").asList(Value::asString));
            for (String sku : reached) {
                bySku.computeIfAbsent(sku, s -> new ArrayList<>()).add(promotion);
            }
        }
        return new Snapshot(Collections.unmodifiableMap(byId), Map.copyOf(bySku), Map.copyOf(bundleListPrices),
                loadedAt); // by id
    }

    static Promotion from(Value p, List<String> skus, List<String> categories, long usedUnits, double usedAmount,
                          String giftSku) {
        return new Promotion(p.get("id").asString(), p.get("name").asString(),
                p.get("percentOff").isNull() ? null : p.get("percentOff").asDouble(),
                p.get("amountOff").isNull() ? null : p.get("amountOff").asDouble(),
                skus.stream().sorted().toList(), categories.stream().sorted().toList(),
                time(p.get("validFrom")), time(p.get("validTo")),
                p.get("minTier").isNull() ? null : Tier.valueOf(p.get("minTier").asString()),
                p.get("channels").isNull() ? List.of() : p.get("channels").asList(v -> Channel.valueOf(v.asString())),
                p.get("budgetUnits").isNull() ? null : p.get("budgetUnits").asInt(),
                p.get("budgetAmount").isNull() ? null : p.get("budgetAmount").asDouble(),
                usedUnits, usedAmount, p.get("endedAt").isNull() ? null : time(p.get("endedAt")),
                p.get("bundle").asBoolean(false), giftSku);
    }

    private static java.time.OffsetDateTime time(Value value) {
        return value.asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
