package dev.crosswise.importing;

import dev.crosswise.copurchase.CoPurchasePayload;
import dev.crosswise.copurchase.CoPurchases;
import dev.crosswise.graph.Graph;
import java.time.Clock;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Imports a purchase history (customer, date, item) into the graph, idempotently. A basket is one customer's lines
 * on one date; it becomes an order {@code <customerId>/<date>}. Each distinct item of a basket is a PURCHASE event
 * ({@code purchase:<orderId>:<sku>}, DID / ABOUT), and each customer-product pair one OWNS edge holding the first
 * purchase (owned since), its order and the total quantity. Everything is MERGEd on unique keys and SET to values
 * computed from the whole file, so importing the same file twice changes nothing.
 * After the import, {@link CoPurchases} derives BOUGHT_WITH {support, lift, confidence} from the baskets.
 */
public final class PurchaseHistoryImport {

    static final String CUSTOMERS = """
            UNWIND $rows AS row
            MERGE (c:Customer {id: row.id})
            ON CREATE SET c.name = row.name, c.joinedAt = row.joinedAt""";
    static final String PRODUCTS = """
            UNWIND $rows AS row
            MERGE (p:Product {sku: row.sku})
            ON CREATE SET p.name = row.name""";
    static final String OWNS = """
            UNWIND $rows AS row
            MATCH (c:Customer {id: row.customer}), (p:Product {sku: row.sku})
            MERGE (c)-[o:OWNS]->(p)
            SET o.at = row.at, o.orderId = row.orderId, o.quantity = row.quantity, o.returned = false""";
    static final String PURCHASES = """
            UNWIND $rows AS row
            MATCH (c:Customer {id: row.customer}), (p:Product {sku: row.sku})
            MERGE (e:Event {id: row.id})
            SET e.type = 'PURCHASE', e.at = row.at, e.sku = row.sku, e.orderId = row.orderId, e.quantity = row.quantity
            MERGE (c)-[:DID]->(e)
            MERGE (e)-[:ABOUT]->(p)""";

    static final int BATCH = 5_000;

    /**
     * @param customerPrefix prepended to the file's customer numbers ("M-" makes member 1808 customer "M-1808")
     * @param skuPrefix      prepended to the item's slug ("G-" makes "whole milk" product "G-whole-milk")
     * @param minBaskets     a pair needs at least this many shared baskets to get a BOUGHT_WITH edge
     */
    public record Options(String customerPrefix, String skuPrefix, int minBaskets) {
        public static final Options DEFAULTS = new Options("M-", "G-", 2);
    }

    /** What an import wrote. */
    public record Result(int lines, int customers, int products, int baskets, int owns, int purchases,
                         CoPurchasePayload coPurchases, double seconds) {
    }

    private PurchaseHistoryImport() {
    }

    public static Result run(Graph graph, List<PurchaseLine> lines, Options options, Consumer<String> progress) {
        long started = System.nanoTime();
        Map<String, Map<String, Object>> customers = new TreeMap<>();
        Map<String, Map<String, Object>> products = new TreeMap<>();
        Map<String, Map<String, Object>> purchases = new TreeMap<>();
        Map<String, Map<String, Object>> owns = new TreeMap<>();
        for (PurchaseLine line : lines) {
            String customerId = options.customerPrefix() + line.customer();
            String sku = options.skuPrefix() + slug(line.item());
            String orderId = customerId + "/" + line.date();
            var at = line.date().atStartOfDay(ZoneOffset.UTC);

            customers.merge(customerId, row("id", customerId, "name", "Member " + line.customer(), "joinedAt", at),
                    (a, b) -> earlier(a, b, "joinedAt"));
            products.putIfAbsent(sku, row("sku", sku, "name", line.item()));
            purchases.merge("purchase:" + orderId + ":" + sku,
                    row("id", "purchase:" + orderId + ":" + sku, "customer", customerId, "sku", sku,
                            "orderId", orderId, "at", at, "quantity", 1L),
                    PurchaseHistoryImport::addQuantity);
            owns.merge(customerId + "|" + sku,
                    row("customer", customerId, "sku", sku, "orderId", orderId, "at", at, "quantity", 1L),
                    (a, b) -> addQuantity(earlier(a, b, "at"), b));
        }
        long baskets = purchases.values().stream().map(p -> p.get("orderId")).distinct().count();

        write(graph, CUSTOMERS, new ArrayList<>(customers.values()));
        write(graph, PRODUCTS, new ArrayList<>(products.values()));
        progress.accept("customers %,d, products %,d".formatted(customers.size(), products.size()));
        write(graph, OWNS, new ArrayList<>(owns.values()));
        progress.accept("owns %,d".formatted(owns.size()));
        write(graph, PURCHASES, new ArrayList<>(purchases.values()));
        progress.accept("purchase events %,d in %,d baskets".formatted(purchases.size(), baskets));

        // The same derivation as Mutation.recomputeCoPurchases: one definition of "bought together" in the graph.
        CoPurchasePayload coPurchases = new CoPurchases(graph, Clock.systemUTC()).recompute(options.minBaskets());
        progress.accept("bought-with %,d pairs over %,d baskets: %,d edges (each product to its %d strongest partners)"
                .formatted(coPurchases.pairs(), coPurchases.baskets(), coPurchases.edges(), CoPurchases.PARTNERS_PER_PRODUCT));
        return new Result(lines.size(), customers.size(), products.size(), (int) baskets, owns.size(), purchases.size(),
                coPurchases, (System.nanoTime() - started) / 1e9);
    }

    /** "Tropical fruit" -> "tropical-fruit"; "UHT-milk" -> "uht-milk": stable, readable product keys. */
    public static String slug(String item) {
        String ascii = Normalizer.normalize(item, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "item" : slug;
    }

    private static Map<String, Object> earlier(Map<String, Object> a, Map<String, Object> b, String key) {
        return ((ZonedDateTime) b.get(key)).isBefore((ZonedDateTime) a.get(key)) ? withQuantity(b, a) : a;
    }

    /** b's fields, keeping a's accumulated quantity (used when a later line turns out to be earlier). */
    private static Map<String, Object> withQuantity(Map<String, Object> b, Map<String, Object> a) {
        Map<String, Object> copy = new LinkedHashMap<>(b);
        if (a.containsKey("quantity")) {
            copy.put("quantity", a.get("quantity"));
        }
        return copy;
    }

    private static Map<String, Object> addQuantity(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> sum = new LinkedHashMap<>(a);
        sum.put("quantity", (Long) a.get("quantity") + (Long) b.get("quantity"));
        return sum;
    }

    static void write(Graph graph, String cypher, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            try (var session = graph.session()) {
                session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
            }
        }
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            row.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return row;
    }
}
