package dev.crosswise.decision;

import dev.crosswise.catalog.Product;
import dev.crosswise.copurchase.Association;
import dev.crosswise.catalog.ProductGraph;
import dev.crosswise.catalog.ProductGraph.CoPurchase;
import dev.crosswise.catalog.ProductGraph.Family;
import dev.crosswise.catalog.ProductGraph.Pairing;
import dev.crosswise.catalog.ProductGraph.Part;
import dev.crosswise.catalog.ProductGraph.Solution;
import dev.crosswise.rules.facts.Strategy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The candidate traversals of {@code graph-model/README.md}, walked from what the customer owns, has in the cart and
 * viewed (read from Neo4j for this decision) over the {@link ProductGraph} in memory. They are defined once more in
 * Cypher, as a merchandiser would write them ({@link CypherTraversals}); {@code TraversalsMatchCypherTest} holds the
 * two to the same candidates.
 *
 * <p>Where the Cypher leaves an order open (two anchors equally strong), the first one met wins: the most recently
 * bought for owned products, the most recent view for views.
 */
final class Traversals {

    /** An {@code OWNS} edge as of the decision time. */
    record Owned(String sku, Instant at, Double usagePercent, boolean gift, boolean returned) {

        /** A product returned or given away anchors nothing but gift-again. */
        boolean anchors() {
            return !gift && !returned;
        }
    }

    /** Something the customer shows interest in now: looking at it, in the cart, viewed recently. */
    record Interest(String sku, String source, double weight) {
    }

    /** An owned or in-cart product that complements start from, and which of the two it is. */
    private record Anchor(String sku, String source) {
    }

    /**
     * The customer's recent orders as the repeat-purchase source reads them: how many orders, and per product how many
     * of them held it and its own repeat interval in days (null until bought on two days).
     */
    record Orders(int count, Map<String, Integer> holding, Map<String, Integer> ownCycleDays) {

        static final Orders NONE = new Orders(0, Map.of(), Map.of());
    }

    /**
     * What the traversals start from. {@code owned}: most recently bought first; {@code viewing}: the product the
     * customer is looking at now, or null; {@code at}: the decision's time (what sold then).
     */
    record Start(List<Owned> owned, List<String> cart, List<Interest> interests, String viewing, Orders orders,
                 Instant at) {
    }

    private static final Comparator<GraphCandidate> STRONGEST_FIRST =
            Comparator.comparingDouble(GraphCandidate::relevance).reversed().thenComparing(GraphCandidate::sku);

    private Traversals() {
    }

    /**
     * Every product whose attributes the traversals ask for (premium, level, consumable…) before they know their
     * candidates: what is owned and in the cart, the next levels of what is owned or of interest, the members of
     * adopted families.
     */
    static Set<String> productsAsked(ProductGraph graph, Start start) {
        Set<String> skus = new HashSet<>(start.cart());
        for (Owned owned : start.owned()) {
            skus.add(owned.sku());
            skus.addAll(graph.upgrades(owned.sku()));
            if (owned.anchors()) {
                graph.familiesOf(owned.sku()).forEach(family -> skus.addAll(family.members()));
            }
        }
        start.interests().forEach(interest -> skus.addAll(graph.upgrades(interest.sku())));
        return skus;
    }

    /**
     * The candidates of every strategy, in the order completion, ecosystem, evolution, upsell, complement,
     * replenishment.
     *
     * @param products the attributes of (at least) {@link #productsAsked}; null for a sku with no product
     */
    /** A running bundle: a merchandiser's products sold together ({@code Promotion.bundle}), for {@link #bundleRests}. */
    record Bundle(String id, String name, List<String> skus) {
    }

    /**
     * A bundle's rest is a merchandiser's statement, like a pairing without a strength: the customer has started it.
     */
    static final double BUNDLE_RELEVANCE = 0.5;

    /** {@link #walk(ProductGraph, Function, Start)}, and the rest of each running bundle the customer has started. */
    static List<GraphCandidate> walk(ProductGraph graph, Function<String, Product> products, Start start,
                                     List<Bundle> bundles) {
        List<GraphCandidate> candidates = walk(graph, products, start);
        bundleRests(start, bundles, candidates);
        return candidates;
    }

    /**
     * For each running bundle the customer owns or carts part of, every product of it they do not have (COMPLEMENT,
     * traversal {@code bundle}, {@code via} the bundle's id), anchored on a part they have (the cart first, then the
     * latest bought). The rules attach the bundle's saving to them.
     */
    private static void bundleRests(Start start, List<Bundle> bundles, List<GraphCandidate> candidates) {
        if (bundles.isEmpty()) {
            return;
        }
        List<String> held = new ArrayList<>(start.cart());
        start.owned().stream().filter(o -> !o.returned()).forEach(o -> held.add(o.sku()));
        for (Bundle bundle : bundles) {
            String anchor = held.stream().filter(bundle.skus()::contains).findFirst().orElse(null);
            if (anchor == null) {
                continue;
            }
            for (String sku : bundle.skus()) {
                if (!held.contains(sku)) {
                    candidates.add(new GraphCandidate(Strategy.COMPLEMENT, BUNDLE, sku, anchor, bundle.id(),
                            bundle.id(), bundle.name(), BUNDLE_RELEVANCE, null, null, null, null, null, null, null, null));
                }
            }
        }
    }

    /** The traversal of a bundle's rest: the promotions read it back to price that rest. */
    static final String BUNDLE = dev.crosswise.promotion.Promotions.BUNDLE_TRAVERSAL;

    static List<GraphCandidate> walk(ProductGraph graph, Function<String, Product> products, Start start) {
        List<GraphCandidate> candidates = new ArrayList<>();
        completionGaps(graph, start, candidates);
        ecosystemGaps(graph, products, start, candidates);
        upgradePaths(graph, products, start, candidates);
        premiumAlternatives(graph, products, start, candidates);
        complements(graph, start, candidates);
        replenishment(graph, products, start, candidates);
        BestSellers.propose(graph, start, candidates);
        return candidates;
    }

    /** A solution the customer owns part of: its other parts, anchored on the part bought last. */
    private static void completionGaps(ProductGraph graph, Start start, List<GraphCandidate> candidates) {
        Map<Solution, List<Owned>> ownedParts = new LinkedHashMap<>();
        for (Owned owned : start.owned()) {
            if (owned.anchors()) {
                graph.solutionsOf(owned.sku()).forEach(s -> ownedParts.computeIfAbsent(s, k -> new ArrayList<>()).add(owned));
            }
        }
        ownedParts.forEach((solution, parts) -> {
            String anchor = parts.getFirst().sku();
            double share = (double) parts.size() / solution.parts().size();
            for (Part part : solution.parts()) {
                if (!part.sku().equals(anchor)) {
                    candidates.add(new GraphCandidate(Strategy.COMPLETION, "completion-gaps", part.sku(), anchor,
                            solution.name(), solution.id(), part.role(), share * (part.optional() ? 0.6 : 1.0),
                            null, null, null, null, null, null, null, null));
                }
            }
        });
    }

    /**
     * A family the customer adopted: its other members, a member in a category not covered yet counting double. The
     * non-premium next level of anything owned is left to upgrade-path; the strongest {@link
     * CustomerContextReader#MAX_PER_STRATEGY} only.
     */
    private static void ecosystemGaps(ProductGraph graph, Function<String, Product> products, Start start,
                                      List<GraphCandidate> candidates) {
        Set<String> nextLevels = new HashSet<>();
        Map<Family, List<Owned>> adopted = new LinkedHashMap<>();
        for (Owned owned : start.owned()) {
            nextLevels.addAll(graph.upgrades(owned.sku()));
            if (owned.anchors()) {
                graph.familiesOf(owned.sku()).forEach(f -> adopted.computeIfAbsent(f, k -> new ArrayList<>()).add(owned));
            }
        }
        List<GraphCandidate> gaps = new ArrayList<>();
        adopted.forEach((family, members) -> {
            String anchor = members.getFirst().sku();
            Set<String> covered = new HashSet<>();
            members.forEach(m -> covered.addAll(graph.categories(m.sku())));
            double base = 0.5 + 0.5 * members.size() / family.members().size();
            for (String other : family.members()) {
                if (other.equals(anchor) || (!premium(products, other) && nextLevels.contains(other))) {
                    continue;
                }
                double relevance = base * (graph.inAnyOf(other, covered) ? 0.5 : 1.0);
                gaps.add(new GraphCandidate(Strategy.ECOSYSTEM, "ecosystem-gaps", other, anchor, family.name(),
                        family.id(), null, relevance, null, null, null, null, null, null, null, null));
            }
        });
        strongest(gaps, candidates);
    }

    /** The non-premium next level of an owned product; the more it is used, the more relevant. */
    private static void upgradePaths(ProductGraph graph, Function<String, Product> products, Start start,
                                     List<GraphCandidate> candidates) {
        for (Owned owned : start.owned()) {
            if (!owned.anchors()) {
                continue;
            }
            for (String next : graph.upgrades(owned.sku())) {
                Product product = products.apply(next);
                if (product == null || product.premium()) {
                    continue;
                }
                Double usage = owned.usagePercent();
                double used = usage == null ? 0.0 : usage > 100 ? 1.0 : usage / 100;
                candidates.add(new GraphCandidate(Strategy.EVOLUTION, "upgrade-path", next, owned.sku(),
                        product.level(), null, null, 0.4 + 0.6 * used, usage, null, null, null, null, null, null, null));
            }
        }
    }

    /** The premium product one step above what the customer shows interest in; the strongest interest per product. */
    private static void premiumAlternatives(ProductGraph graph, Function<String, Product> products, Start start,
                                            List<GraphCandidate> candidates) {
        Map<String, GraphCandidate> best = new LinkedHashMap<>();
        for (Interest interest : start.interests()) {
            for (String premium : graph.upgrades(interest.sku())) {
                if (!premium(products, premium)) {
                    continue;
                }
                GraphCandidate upsell = GraphCandidate.of(Strategy.UPSELL, "premium-alternative", premium,
                        interest.sku(), interest.source(), interest.weight());
                keepStronger(best, upsell);
            }
        }
        candidates.addAll(best.values());
    }

    /**
     * A merchandiser's pairing or a co-purchase (lift above 1) from the product looked at, something in the cart or
     * owned: the strongest connection per product, and the strongest {@link CustomerContextReader#MAX_PER_STRATEGY}
     * products. A co-purchase is as strong as its {@link Association}.
     */
    private static void complements(ProductGraph graph, Start start, List<GraphCandidate> candidates) {
        Map<String, GraphCandidate> best = new HashMap<>();
        // the product looked at and the cart (as of now) first, then what is owned, latest first: on equal relevance
        // the later anchor wins, as in Cypher
        List<Anchor> anchors = new ArrayList<>();
        if (start.viewing() != null) {
            anchors.add(new Anchor(start.viewing(), "VIEWING"));
        }
        start.cart().forEach(sku -> anchors.add(new Anchor(sku, "CART")));
        for (Owned owned : start.owned()) {
            if (owned.anchors()) {
                anchors.add(new Anchor(owned.sku(), "OWNED"));
            }
        }
        for (Anchor anchor : anchors) {
            for (Pairing pairing : graph.pairings(anchor.sku())) {
                double relevance = pairing.strength() == null ? 0.5 : pairing.strength();
                keepStronger(best, new GraphCandidate(Strategy.COMPLEMENT, "complements", pairing.sku(), anchor.sku(),
                        anchor.source(), null, null, relevance, null, pairing.strength(), null, null, null, null, null, null));
            }
            // a product of an earlier order carries only part of the pair's pull into the next one (learned)
            double carryover = "OWNED".equals(anchor.source()) ? graph.carryover() : 1.0;
            for (CoPurchase coPurchase : graph.coPurchases(anchor.sku())) {
                keepStronger(best, new GraphCandidate(Strategy.COMPLEMENT, "bought-together", coPurchase.sku(),
                        anchor.sku(), anchor.source(), null, null, boughtTogether(coPurchase, carryover), null, null,
                        coPurchase.lift(), coPurchase.support(), null, coPurchase.confidence(), null, null));
            }
        }
        strongest(best.values(), candidates);
    }

    /**
     * The {@link Association} of a co-purchase edge; an edge written without confidence or support (by hand, in
     * Neo4j Browser) has only its lift to go by: 1 - 1/lift. An anchor of an earlier order carries only
     * {@code carryover} of the pair's pull into the next one ({@link Association#carriedOver}).
     */
    static double boughtTogether(CoPurchase coPurchase, double carryover) {
        if (coPurchase.confidence() == null || coPurchase.support() == null || coPurchase.confidence() <= 0) {
            return 1.0 - 1.0 / coPurchase.lift();
        }
        return Association.ofEdge(coPurchase.support(), coPurchase.lift(), coPurchase.confidence()).carriedOver(carryover);
    }

    /** Keeps, per product, the first candidate met unless a later one is strictly stronger. */
    private static void keepStronger(Map<String, GraphCandidate> best, GraphCandidate candidate) {
        best.merge(candidate.sku(), candidate, (kept, other) -> other.relevance() > kept.relevance() ? other : kept);
    }

    /**
     * An owned consumable with a known cycle, a giftable product given as a gift, or a product the shop's orders show
     * is bought again (repeat-purchase: its cycle learned from orders, the customer's own once they bought it on two
     * days); the rules say when it is due.
     */
    private static void replenishment(ProductGraph graph, Function<String, Product> products, Start start,
                                      List<GraphCandidate> candidates) {
        for (Owned owned : start.owned()) {
            Product product = products.apply(owned.sku());
            if (owned.returned() || product == null) {
                continue;
            }
            boolean due = owned.gift() ? product.giftable() : product.consumable() && product.cycleDays() != null;
            if (due) {
                candidates.add(new GraphCandidate(Strategy.REPLENISHMENT,
                        owned.gift() ? "gift-again" : "replenishment-cycle", owned.sku(), owned.sku(), null, null, null,
                        owned.gift() ? 0.5 : 0.9, null, null, null, null, owned.at(), null, null, null));
            } else if (!owned.gift()) {
                RepeatPurchases.propose(graph, graph.popularityAt(start.at()), start.orders(), owned)
                        .ifPresent(candidates::add);
            }
        }
    }

    private static boolean premium(Function<String, Product> products, String sku) {
        Product product = products.apply(sku);
        return product != null && product.premium();
    }

    /** The strongest few, strongest first; equally strong by sku. */
    private static void strongest(Collection<GraphCandidate> found, List<GraphCandidate> candidates) {
        found.stream().sorted(STRONGEST_FIRST).limit(CustomerContextReader.MAX_PER_STRATEGY).forEach(candidates::add);
    }

    /** The skus of {@code candidates} and their anchors. */
    static Set<String> productsNamed(List<GraphCandidate> candidates) {
        Set<String> skus = new LinkedHashSet<>();
        for (GraphCandidate candidate : candidates) {
            skus.add(candidate.sku());
            if (candidate.anchorSku() != null) {
                skus.add(candidate.anchorSku());
            }
        }
        return skus;
    }
}
