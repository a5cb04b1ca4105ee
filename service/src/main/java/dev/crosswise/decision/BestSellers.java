package dev.crosswise.decision;

import dev.crosswise.catalog.ProductGraph;
import dev.crosswise.catalog.Popularity;
import dev.crosswise.rules.facts.Strategy;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * POPULAR: what sells, for a customer the graph knows little about (none, a thin history, an anonymous visitor) and to
 * fill a list, as of the decision's time. Best sellers over the year before it, trending products (selling lately well
 * above their year's share; judged at the share foreseen, as far as the shop's weeks bear such rises out), and
 * the best sellers of the categories the customer buys from. Relevance is the product's share of baskets — the chance
 * a basket holds it, on the same scale as co-purchases and repeat purchases; in a category the customer buys from, it
 * counts more by the share of the customer's products in that category. Products the customer owns, has in the cart
 * or is looking at are left out: owned ones are for repeat purchases to judge.
 */
final class BestSellers {

    static final String OVERALL = "best-sellers";
    static final String TRENDING = "trending";
    static final String IN_CATEGORY = "category-best-sellers";
    /** Best sellers proposed overall, and per category the customer buys from. */
    static final int OVERALL_COUNT = 10;
    static final int PER_CATEGORY = 5;
    static final int CATEGORIES = 2;
    /** Trending: among the top {@value #TRENDING_POOL} best sellers, selling lately at least this much above the year. */
    static final int TRENDING_POOL = 100;
    static final double TRENDING_RATIO = 1.5;
    static final int TRENDING_COUNT = 5;

    private BestSellers() {
    }

    static void propose(ProductGraph graph, Traversals.Start start, List<GraphCandidate> candidates) {
        Popularity popularity = graph.popularityAt(start.at());
        if (popularity.bestSellers().isEmpty()) {
            return;
        }
        Set<String> excluded = new HashSet<>(start.cart());
        if (start.viewing() != null) {
            excluded.add(start.viewing());
        }
        start.owned().stream().filter(o -> !o.returned()).forEach(o -> excluded.add(o.sku()));

        Map<String, GraphCandidate> best = new HashMap<>();
        int overall = 0;
        int trending = 0;
        List<String> sellers = popularity.bestSellers();
        for (int i = 0; i < sellers.size() && i < TRENDING_POOL && (overall < OVERALL_COUNT || trending < TRENDING_COUNT); i++) {
            String sku = sellers.get(i);
            if (excluded.contains(sku)) {
                continue;
            }
            Popularity.Share share = popularity.share(sku);
            if (overall < OVERALL_COUNT) {
                keep(best, candidate(OVERALL, sku, null, share.year()));
                overall++;
            }
            if (trending < TRENDING_COUNT && share.trend() >= TRENDING_RATIO) {
                keep(best, candidate(TRENDING, sku, null, popularity.foreseen(sku)));
                trending++;
            }
        }
        customerCategories(graph, start).forEach((category, share) -> {
            int taken = 0;
            for (String sku : popularity.bestSellers(category)) {
                if (taken == PER_CATEGORY) {
                    break;
                }
                if (!excluded.contains(sku)) {
                    keep(best, candidate(IN_CATEGORY, sku, category, popularity.share(sku).year() * (1 + share)));
                    taken++;
                }
            }
        });
        best.values().stream().sorted(Comparator.comparingDouble(GraphCandidate::relevance).reversed()
                .thenComparing(GraphCandidate::sku)).forEach(candidates::add);
    }

    /** The customer's {@value #CATEGORIES} main categories, each with its share of the customer's products. */
    private static Map<String, Double> customerCategories(ProductGraph graph, Traversals.Start start) {
        Map<String, Integer> counts = new HashMap<>();
        int products = 0;
        for (Traversals.Owned owned : start.owned()) {
            if (owned.anchors()) {
                products++;
                graph.categories(owned.sku()).forEach(category -> counts.merge(category, 1, Integer::sum));
            }
        }
        int total = products;
        Map<String, Double> main = new HashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CATEGORIES)
                .forEach(e -> main.put(e.getKey(), (double) e.getValue() / total));
        return main;
    }

    private static GraphCandidate candidate(String traversal, String sku, String category, double relevance) {
        return new GraphCandidate(Strategy.POPULAR, traversal, sku, null, category, category, null, relevance, null,
                null, null, null, null, null, null, null);
    }

    private static void keep(Map<String, GraphCandidate> best, GraphCandidate candidate) {
        best.merge(candidate.sku(), candidate, (kept, other) -> other.relevance() > kept.relevance() ? other : kept);
    }
}
