package dev.crosswise.bench.scale;

import dev.crosswise.bench.generator.GeneratorSettings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The sizes of the scale curve and what changes with them. A size is a multiple of the base graph's customers (with
 * them OWNS, recent signals and recorded exposures, in proportion: they are per customer); the catalog stays (a shop
 * with ten times the customers does not sell ten times the products), so does the service's heap (it holds the
 * catalog and the rules, not the customers: the curve shows whether that stays true). The page cache follows the
 * store, so that every size is read from memory, as a production store of that size would be sized: a latency that
 * grows is then the queries' work, not the disk.
 *
 * @param base      the 1x graph (default: 100 000 customers, 5 000 products, ~1 M OWNS)
 * @param factors   the sizes, as multiples of {@code base} (default 1, 3, 10)
 * @param dataRoot  each size's data directory is made under it (and reused when it holds that graph already)
 * @param heap      the service's heap at every size
 * @param pageCache the page cache at every size, or null to size it after each store ({@link #pageCacheFor})
 */
public record ScaleSettings(GeneratorSettings base, List<Integer> factors, Path dataRoot, String heap, String pageCache) {

    static final long MIB = 1024 * 1024;
    /** The smallest page cache given: the 1x benchmark's. */
    static final long MIN_PAGE_CACHE = 1024 * MIB;
    /** Room over the store: its indexes grow as the first reads touch them, and the schema adds a little. */
    static final double PAGE_CACHE_HEADROOM = 1.25;

    public ScaleSettings {
        factors = factors.stream().sorted().distinct().toList();
        if (factors.isEmpty() || factors.stream().anyMatch(f -> f < 1)) {
            throw new IllegalArgumentException("factors must be whole numbers >= 1, e.g. 1,3,10");
        }
    }

    /** {@code --factors 1,3,10}. */
    public static List<Integer> parseFactors(String factors) {
        return Arrays.stream(factors.split(",")).map(String::strip).filter(f -> !f.isEmpty()).map(Integer::valueOf).toList();
    }

    /** The graph of size {@code factor}: the base's settings with {@code factor} times its customers. */
    public GeneratorSettings graphAt(int factor) {
        return base.withCustomers(Math.multiplyExact(base.customers(), factor));
    }

    /** The data directory of size {@code factor}, named after its graph as the default benchmark's is. */
    public Path dataDirAt(int factor) {
        GeneratorSettings graph = graphAt(factor);
        return dataRoot.resolve("graph-seed%d-%dc-%dp".formatted(graph.seed(), graph.customers(), graph.products()));
    }

    /** The page cache for a store of {@code storeBytes}: the given one, else the store and a quarter, at least 1 GiB. */
    public String pageCacheFor(long storeBytes) {
        if (pageCache != null) {
            return pageCache;
        }
        long wanted = Math.max(MIN_PAGE_CACHE, (long) Math.ceil(storeBytes * PAGE_CACHE_HEADROOM));
        long quarterGiB = 256 * MIB;
        return (wanted + quarterGiB - 1) / quarterGiB * 256 + "m";
    }
}
