package dev.crosswise.copurchase;

import dev.crosswise.copurchase.CoPurchases.Pair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts baskets, baskets per product and baskets per pair of products, one basket at a time. The database only
 * groups events into baskets; counting pairs here, on int ids in an open-addressing table, takes a fraction of what
 * unwinding every basket into pair rows and aggregating them in Cypher took (half a million purchase events: about a
 * million pair rows).
 */
final class BasketCounts {

    private final Map<String, Integer> idOfSku = new HashMap<>();
    private final List<String> skus = new ArrayList<>();
    private long[] basketsWith = new long[1024];
    private final PairTable pairs = new PairTable();
    private long baskets;

    /** @param basket the distinct products of one basket (a basket without products still counts as a basket) */
    void add(List<String> basket) {
        baskets++;
        int[] ids = new int[basket.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id(basket.get(i));
            basketsWith[ids[i]]++;
        }
        Arrays.sort(ids);
        for (int i = 0; i < ids.length; i++) {
            for (int j = i + 1; j < ids.length; j++) {
                pairs.increment((long) ids[i] << 32 | ids[j]);
            }
        }
    }

    long baskets() {
        return baskets;
    }

    Map<String, Long> basketsPerProduct() {
        Map<String, Long> perProduct = new HashMap<>();
        for (int id = 0; id < skus.size(); id++) {
            perProduct.put(skus.get(id), basketsWith[id]);
        }
        return perProduct;
    }

    /** Unordered pairs (a < b) bought together in at least {@code minSupport} baskets. */
    List<Pair> pairs(int minSupport) {
        List<Pair> result = new ArrayList<>();
        pairs.forEach((key, support) -> {
            if (support >= minSupport) {
                String x = skus.get((int) (key >>> 32));
                String y = skus.get((int) key);
                result.add(x.compareTo(y) < 0 ? new Pair(x, y, support) : new Pair(y, x, support));
            }
        });
        return result;
    }

    private int id(String sku) {
        Integer known = idOfSku.get(sku);
        if (known != null) {
            return known;
        }
        int id = skus.size();
        idOfSku.put(sku, id);
        skus.add(sku);
        if (id == basketsWith.length) {
            basketsWith = Arrays.copyOf(basketsWith, id * 2);
        }
        return id;
    }

    /** long key -> count, linear probing; 0 is never a key (the second id of a pair is above the first). */
    private static final class PairTable {
        private long[] keys = new long[1 << 16];
        private int[] counts = new int[1 << 16];
        private int size;

        void increment(long key) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int slot = slot(key, keys.length);
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & (keys.length - 1);
            }
            if (keys[slot] == 0) {
                keys[slot] = key;
                size++;
            }
            counts[slot]++;
        }

        void forEach(Visitor action) {
            for (int slot = 0; slot < keys.length; slot++) {
                if (keys[slot] != 0) {
                    action.accept(keys[slot], counts[slot]);
                }
            }
        }

        interface Visitor {
            void accept(long key, int count);
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = slot(oldKeys[i], keys.length);
                    while (keys[slot] != 0) {
                        slot = (slot + 1) & (keys.length - 1);
                    }
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }

        private static int slot(long key, int length) {
            long mixed = key * 0x9E3779B97F4A7C15L;
            return (int) (mixed >>> 40) & (length - 1);
        }
    }
}
