package dev.crosswise.catalog;

import dev.crosswise.graph.Graph;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.neo4j.driver.Value;

/**
 * Product attributes as decisions use them, kept in the service. Every decision needs the attributes of a few dozen
 * products (its candidates, what the customer owns); reading them from the graph on every decision was a third of
 * the read's work, for data that changes a few times a day. The customer's side (ownership, events, exposures) is
 * always read fresh; only the catalog is kept.
 *
 * <p>A change to a product reaches decisions at once when it goes through this service ({@code upsertProduct}, the
 * purchase history import) or, on the embedded default, through any Bolt client such as Neo4j Browser: the
 * embedded database reports every committed change to a product ({@link ProductChangeFeed}). Against an external
 * Neo4j, changes made elsewhere are seen after {@link CatalogProperties#maxAge()} at the latest: {@link #refresh()}
 * reads everything held again before it gets that old ({@link CatalogRefresher}), so decisions do not pay for it.
 */
public class CatalogCache {

    /** A product as the graph stores it ({@link Catalog#PRODUCT_PROJECTION}) and as the API shows it. */
    public record CachedProduct(Value attributes, Product product, long loadedAt) {

        /** Whether the product exists at {@code at}: one launched later does not exist yet. */
        public boolean existsAt(Instant at) {
            return product.launchedAt() == null || !product.launchedAt().toInstant().isAfter(at);
        }
    }

    /** Beyond this many products the cache starts over rather than grow without bound (a catalog of millions). */
    static final int MAX_PRODUCTS = 200_000;
    /** Products read again per round trip by {@link #refresh()}. */
    static final int REFRESH_BATCH = 2_000;

    private static final String LOAD = Graph.compact("""
            UNWIND $skus AS sku
            MATCH (p:Product {sku: sku})
            RETURN %s AS product
            """.formatted(Catalog.PRODUCT_PROJECTION));

    private final Graph graph;
    /** How long an entry is trusted; {@code null} when a change feed reports every change. */
    private final Duration maxAge;
    private final Map<String, CachedProduct> products = new ConcurrentHashMap<>();
    /** Counts evictions: a load that overlapped one may hold what was just changed, and is not kept. */
    private final AtomicLong evictions = new AtomicLong();
    private final AtomicLong loads = new AtomicLong();
    private final AtomicLong refreshes = new AtomicLong();

    /** The product graph as last read, with the count of its changes that reading saw. */
    private record LoadedGraph(ProductGraph graph, long changesSeen, long loadedAt) {
    }

    private volatile LoadedGraph productGraph;
    /** Counts changes to the product graph: a snapshot read before the latest one is not served again. */
    private final AtomicLong productGraphChanges = new AtomicLong();
    private final AtomicLong productGraphLoads = new AtomicLong();
    private final ReentrantLock productGraphLoad = new ReentrantLock();

    /**
     * @param maxAge how long a product read is trusted; {@code null}: until it is evicted, for a cache that a change
     *               feed tells about every change ({@link ProductChangeFeed})
     */
    public CatalogCache(Graph graph, Duration maxAge) {
        this.graph = graph;
        this.maxAge = maxAge;
    }

    /**
     * The products with these skus, by sku; a sku with no product in the graph is missing from the answer. Products
     * not cached (or older than the max age) are read in one round trip.
     */
    public Map<String, CachedProduct> products(Collection<String> skus) {
        Map<String, CachedProduct> found = new HashMap<>(Math.max(16, skus.size() * 2));
        Set<String> missing = null;
        long now = System.nanoTime();
        for (String sku : skus) {
            CachedProduct cached = sku == null ? null : products.get(sku);
            if (cached != null && (maxAge == null || now - cached.loadedAt() < maxAge.toNanos())) {
                found.put(sku, cached);
            } else if (sku != null) {
                if (missing == null) {
                    missing = new LinkedHashSet<>();
                }
                missing.add(sku);
            }
        }
        if (missing != null) {
            loads.incrementAndGet();
            found.putAll(load(missing));
        }
        return found;
    }

    private Map<String, CachedProduct> load(Set<String> skus) {
        long evictionsBefore = evictions.get();
        long loadedAt = System.nanoTime();
        Map<String, CachedProduct> loaded = new HashMap<>();
        for (var record : graph.read(LOAD, Map.of("skus", List.copyOf(skus))).records()) {
            Value attributes = record.get("product");
            Product product = Product.from(attributes);
            loaded.put(product.sku(), new CachedProduct(attributes, product, loadedAt));
        }
        long notHeld = loaded.keySet().stream().filter(sku -> !products.containsKey(sku)).count();
        if (products.size() + notHeld > MAX_PRODUCTS) {
            products.clear();
        }
        products.putAll(loaded);
        // A change committed while this load ran may not be in it: keep nothing rather than keep it stale.
        if (evictions.get() != evictionsBefore) {
            loaded.forEach(products::remove);
        }
        return loaded;
    }

    /**
     * The product side of the graph for traversals. After a change (reported by the feed or by this service's own
     * writes) the next caller reads it again and the callers meanwhile wait for it: a decision never walks a product
     * graph older than a change it could have seen. One older than the max age (an external Neo4j, whose changes
     * are not reported) is read again by one caller while the others go on with it.
     */
    public ProductGraph productGraph() {
        LoadedGraph loaded = productGraph;
        if (loaded != null && loaded.changesSeen() == productGraphChanges.get()) {
            if (young(loaded)) {
                return loaded.graph();
            }
            if (!productGraphLoad.tryLock()) {
                return loaded.graph(); // only old: another caller reads it again
            }
        } else {
            productGraphLoad.lock();
        }
        try {
            loaded = productGraph;
            if (loaded != null && loaded.changesSeen() == productGraphChanges.get() && young(loaded)) {
                return loaded.graph(); // read by the caller that held the lock before
            }
            return readProductGraph();
        } finally {
            productGraphLoad.unlock();
        }
    }

    /** Reads the product graph and serves it from now on; the caller holds {@link #productGraphLoad}. */
    private ProductGraph readProductGraph() {
        long changesSeen = productGraphChanges.get();
        long loadedAt = System.nanoTime();
        ProductGraph graph = ProductGraph.load(this.graph);
        productGraphLoads.incrementAndGet();
        // a change during the read leaves the snapshot outdated: the next caller reads again
        productGraph = new LoadedGraph(graph, changesSeen, loadedAt);
        return graph;
    }

    /**
     * Reads again the product graph and every product held, so that with an external Neo4j (a max age, no change
     * feed) decisions find them young instead of reading them on their own time: a change made elsewhere is seen
     * after one refresh. Products no longer in the graph are forgotten. Decisions go on with what is held meanwhile.
     * Does nothing when a change feed reports every change.
     */
    public void refresh() {
        if (maxAge == null) {
            return;
        }
        productGraphLoad.lock();
        try {
            readProductGraph();
        } finally {
            productGraphLoad.unlock();
        }
        List<String> held = List.copyOf(products.keySet());
        for (int from = 0; from < held.size(); from += REFRESH_BATCH) {
            Set<String> batch = new LinkedHashSet<>(held.subList(from, Math.min(held.size(), from + REFRESH_BATCH)));
            Map<String, CachedProduct> read = load(batch);
            batch.removeAll(read.keySet());
            batch.forEach(products::remove); // deleted, or its sku renamed
        }
        refreshes.incrementAndGet();
    }

    /** How long an entry is trusted; {@code null} when a change feed reports every change. */
    public Duration maxAge() {
        return maxAge;
    }

    /** Refreshes done (metric {@code crosswise.catalog.refreshes}). */
    public long refreshes() {
        return refreshes.get();
    }

    private boolean young(LoadedGraph loaded) {
        return maxAge == null || System.nanoTime() - loaded.loadedAt() < maxAge.toNanos();
    }

    /** Forgets the product graph (a product's edges, a solution or family changed): the next decision reads it again. */
    public void evictProductGraph() {
        productGraphChanges.incrementAndGet();
    }

    /** Reads of the product graph (metric {@code crosswise.catalog.graph.loads}). */
    public long productGraphLoads() {
        return productGraphLoads.get();
    }

    /** Forgets these products: the next decision that needs them reads them again. */
    public void evict(Collection<String> skus) {
        evictions.incrementAndGet();
        skus.forEach(products::remove);
    }

    /** Forgets every product and the product graph (a change to the taxonomy, an import). */
    public void evictAll() {
        evictions.incrementAndGet();
        products.clear();
        evictProductGraph();
    }

    /** Round trips that read products not cached (metric {@code crosswise.catalog.loads}). */
    public long loads() {
        return loads.get();
    }

    public int size() {
        return products.size();
    }
}
