package dev.crosswise.importing;

import dev.crosswise.copurchase.CoPurchasePayload;
import dev.crosswise.copurchase.CoPurchases;
import dev.crosswise.demand.Basket;
import dev.crosswise.graph.Graph;
import dev.crosswise.importing.PurchaseHistoryCsv.PurchaseHistory;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Imports a purchase history (customer, date, item) into the graph, idempotently. A basket is one customer's lines
 * on one date; it becomes an order {@code <customerId>/<date>}. Each distinct item of a basket is a PURCHASE event
 * ({@code purchase:<orderId>:<sku>}, DID / ABOUT), and each customer-product pair one OWNS edge as live PURCHASE
 * events leave it: the latest purchase ({@code at}, {@code orderId}), the first ({@code firstAt}), the orders that held
 * the product ({@code orders}) and the units of all of them ({@code quantity}) — what replenishment learns from.
 * <p>
 * Importing the same file twice changes nothing, and a file overlapping what the graph already holds duplicates
 * nothing: customers and products are MERGEd on their keys; an event already in the graph is kept as first recorded
 * (as a replayed live event is); OWNS of a customer the graph already had is MERGEd and SET to the file's values.
 * What is known to be new — the events not yet there, the OWNS of customers this import creates — is CREATEd,
 * which is most of a first import and several times cheaper than MERGE.
 * After the import, {@link CoPurchases} derives BOUGHT_WITH {support, lift, confidence} from the baskets.
 */
public final class PurchaseHistoryImport {

    static final String EXISTING_CUSTOMERS = """
            UNWIND $ids AS id
            MATCH (c:Customer {id: id})
            RETURN c.id AS id""";
    /** Returns each node's element id: the writes below find nodes by it, without an index lookup per row. */
    static final String CUSTOMERS = """
            UNWIND $rows AS row
            MERGE (c:Customer {id: row.id})
            ON CREATE SET c.name = row.name, c.joinedAt = row.joinedAt
            RETURN row.id AS key, elementId(c) AS node""";
    static final String PRODUCTS = """
            UNWIND $rows AS row
            MERGE (p:Product {sku: row.sku})
            ON CREATE SET p.name = row.name
            RETURN row.sku AS key, elementId(p) AS node""";
    /** For customers this import created: none of their OWNS can exist yet. */
    static final String NEW_OWNS = """
            UNWIND $rows AS row
            MATCH (c) WHERE elementId(c) = row.customer
            MATCH (p) WHERE elementId(p) = row.product
            CREATE (c)-[:OWNS {at: row.at, orderId: row.orderId, firstAt: row.firstAt, orders: row.orders,
                               quantity: row.quantity, returned: false}]->(p)""";
    static final String OWNS = """
            UNWIND $rows AS row
            MATCH (c) WHERE elementId(c) = row.customer
            MATCH (p) WHERE elementId(p) = row.product
            MERGE (c)-[o:OWNS]->(p)
            SET o.at = row.at, o.orderId = row.orderId, o.firstAt = row.firstAt, o.orders = row.orders,
                o.quantity = row.quantity, o.returned = false""";
    static final String EXISTING_EVENTS = """
            UNWIND $ids AS id
            MATCH (e:Event {id: id})
            RETURN e.id AS id""";
    /**
     * Only events not in the graph yet ({@link #EXISTING_EVENTS}, read before): CREATE, no MERGE of node and
     * relationships. Should a live event of the same id be recorded in between, the unique Event.id fails the batch
     * rather than duplicating the event.
     */
    static final String PURCHASES = """
            UNWIND $rows AS row
            MATCH (c) WHERE elementId(c) = row.customer
            MATCH (p) WHERE elementId(p) = row.product
            CREATE (c)-[:DID]->(:Event {id: row.id, type: 'PURCHASE', at: row.at, sku: row.sku, orderId: row.orderId,
                                        quantity: row.quantity, changedAt: datetime()})-[:ABOUT]->(p)""";

    static final int BATCH = 2_000;
    static final int LOOKUP_BATCH = 50_000;

    /**
     * @param customerPrefix prepended to the file's customer numbers ("M-" makes member 1808 customer "M-1808")
     * @param skuPrefix      prepended to the item's slug ("G-" makes "whole milk" product "G-whole-milk")
     * @param minBaskets     a pair needs at least this many shared baskets to get a BOUGHT_WITH edge
     * @param writers        batches written at the same time
     */
    public record Options(String customerPrefix, String skuPrefix, int minBaskets, int writers) {
        public static final Options DEFAULTS = new Options("M-", "G-", 2, 2);
    }

    /**
     * What an import wrote.
     *
     * @param lines   lines of the file; {@code skipped} of them could not be read
     * @param seconds per phase, in order ({@code read} is the caller's, when it passes it)
     */
    public record Result(int lines, int skipped, int customers, int products, int baskets, int owns, int purchases,
                         CoPurchasePayload coPurchases, Map<String, Double> seconds) {

        public double totalSeconds() {
            return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private PurchaseHistoryImport() {
    }

    public static Result run(Graph graph, PurchaseHistory history, Options options, Consumer<String> progress) {
        return run(graph, history, options, progress, new LinkedHashMap<>());
    }

    /** @param seconds phases timed before this call (reading the file), to report beside the import's own */
    public static Result run(Graph graph, PurchaseHistory history, Options options, Consumer<String> progress,
                             Map<String, Double> seconds) {
        history.report().forEach(progress);
        var phases = new Phases(seconds, progress);
        Baskets baskets = Baskets.group(history.purchases(), options);
        phases.done("group");

        try (var batches = new ParallelBatches(graph, options.writers(), progress)) {
            Set<String> existing = existing(graph, EXISTING_CUSTOMERS, List.copyOf(baskets.customers.keySet()));
            Map<String, String> customerNodes = mergeNodes(graph, CUSTOMERS, baskets.customerRows());
            Map<String, String> productNodes = mergeNodes(graph, PRODUCTS, baskets.productRows());
            phases.done("customers and products");

            List<Customer> created = new ArrayList<>();
            List<Customer> known = new ArrayList<>();
            baskets.customers.values().forEach(c -> (existing.contains(c.id) ? known : created).add(c));
            batches.write("owns", NEW_OWNS, ParallelBatches.batches(created.stream().map(c -> c.owns).toList(), BATCH),
                    o -> o.row(customerNodes, productNodes));
            batches.write("owns of customers already there", OWNS,
                    ParallelBatches.batches(known.stream().map(c -> c.owns).toList(), BATCH),
                    o -> o.row(customerNodes, productNodes));
            phases.done("owns");

            Set<String> recorded = existing(graph, EXISTING_EVENTS, baskets.customers.values().stream()
                    .flatMap(c -> c.purchases.stream()).map(Purchase::id).toList());
            batches.write("purchase events", PURCHASES, ParallelBatches.batches(baskets.customers.values().stream()
                            .map(c -> c.purchases.stream().filter(p -> !recorded.contains(p.id())).toList()).toList(), BATCH),
                    p -> p.row(customerNodes, productNodes));
            phases.done("purchases");
        }
        progress.accept("customers %,d, products %,d, owns %,d, purchase events %,d in %,d baskets".formatted(
                baskets.customers.size(), baskets.products.size(), baskets.owns, baskets.purchases, baskets.baskets));

        // The same derivation as Mutation.recomputeCoPurchases: one definition of "bought together" in the graph.
        CoPurchasePayload coPurchases = new CoPurchases(graph, Clock.systemUTC()).recompute(options.minBaskets());
        phases.done("co-purchases");
        progress.accept("bought-with %,d pairs over %,d baskets: %,d edges (each product to its %d strongest partners)"
                .formatted(coPurchases.pairs(), coPurchases.baskets(), coPurchases.edges(), CoPurchases.PARTNERS_PER_PRODUCT));
        learned(coPurchases, progress);
        return new Result(history.lines(), history.skipped(), baskets.customers.size(), baskets.products.size(),
                baskets.baskets, baskets.owns, baskets.purchases, coPurchases, phases.seconds);
    }

    /** What the derivation learned from the orders, in two progress lines. */
    static void learned(CoPurchasePayload coPurchases, Consumer<String> progress) {
        progress.accept(("best sellers %,d products, repeat cycles %,d; a customer's own orders weigh against %s orders'"
                + " worth of best sellers, a repeat purchase is due from %s of its cycle").formatted(
                coPurchases.popularProducts(), coPurchases.repeatProducts(),
                coPurchases.repeatPriorOrders() == null ? "(not learned: too few repeat customers)"
                        : "%.0f".formatted(coPurchases.repeatPriorOrders()),
                coPurchases.repeatDueShare() == null ? "(not learned: the analysts' threshold)"
                        : "%.0f %%".formatted(100 * coPurchases.repeatDueShare())));
        progress.accept("a purchase of an earlier order carries %s of a pair's pull into the next order".formatted(
                coPurchases.boughtWithCarryover() == null ? "all (not learned: too few repeat customers)"
                        : "%.0f %%".formatted(100 * coPurchases.boughtWithCarryover())));
    }

    /** "Tropical fruit" -> "tropical-fruit"; "UHT-milk" -> "uht-milk": stable, readable product keys. */
    public static String slug(String item) {
        String ascii = Normalizer.normalize(item, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "item" : slug;
    }

    /** Which of these keys the graph holds already ({@code cypher} returns them as {@code id}). */
    private static Set<String> existing(Graph graph, String cypher, List<String> ids) {
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < ids.size(); from += LOOKUP_BATCH) {
            graph.read(cypher, Map.of("ids", ids.subList(from, Math.min(ids.size(), from + LOOKUP_BATCH))))
                    .records().forEach(r -> existing.add(r.get("id").asString()));
        }
        return existing;
    }

    /** MERGEs the nodes (a few thousand: one writer does) and answers key -> element id. */
    private static Map<String, String> mergeNodes(Graph graph, String cypher, List<Map<String, Object>> rows) {
        Map<String, String> nodes = new HashMap<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            graph.write(cypher, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + BATCH))))
                    .records().forEach(r -> nodes.put(r.get("key").asString(), r.get("node").asString()));
        }
        return nodes;
    }

    /**
     * Wall-clock seconds of each phase, in the order they ran; each phase's end is a progress line with the process's
     * CPU seconds beside (on a machine shared with other work the steadier figure).
     */
    static final class Phases {
        final Map<String, Double> seconds;
        final Consumer<String> progress;
        long last = System.nanoTime();
        long lastCpu = cpuNanos();

        Phases(Map<String, Double> before, Consumer<String> progress) {
            this.seconds = new LinkedHashMap<>(before);
            this.progress = progress;
        }

        void done(String phase) {
            long now = System.nanoTime();
            long cpu = cpuNanos();
            seconds.put(phase, (now - last) / 1e9);
            progress.accept("[%s: %.1f s, process CPU %.1f s]".formatted(phase, (now - last) / 1e9, (cpu - lastCpu) / 1e9));
            last = now;
            lastCpu = cpu;
        }

        private static long cpuNanos() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        }
    }

    /**
     * The file grouped by customer (in key order, so the same file gives the same batches): one purchase per basket
     * and item, one OWNS per item.
     */
    static final class Baskets {
        final Map<String, Customer> customers = new TreeMap<>();
        final Map<String, String> products = new TreeMap<>();
        int baskets;
        int purchases;
        int owns;

        static Baskets group(List<PurchaseLine> lines, Options options) {
            Baskets grouped = new Baskets();
            Map<String, Customer> byNumber = new HashMap<>();
            Map<String, String> skuOfItem = new HashMap<>();
            Map<LocalDate, ZonedDateTime> startOfDay = new HashMap<>();
            for (PurchaseLine line : lines) {
                Customer customer = byNumber.computeIfAbsent(line.customer(),
                        number -> new Customer(options.customerPrefix() + number, "Member " + number));
                String sku = skuOfItem.computeIfAbsent(line.item(), item -> {
                    String key = options.skuPrefix() + slug(item);
                    grouped.products.putIfAbsent(key, item);
                    return key;
                });
                customer.bought(sku, line.date(), startOfDay.computeIfAbsent(line.date(),
                        date -> date.atStartOfDay(ZoneOffset.UTC)));
            }
            for (Customer customer : byNumber.values()) {
                customer.settle();
                grouped.customers.put(customer.id, customer);
                grouped.baskets += customer.baskets;
                grouped.purchases += customer.purchases.size();
                grouped.owns += customer.owns.size();
            }
            return grouped;
        }

        /** The orders as the derivations from orders read them from the graph ({@link Basket#readAll}). */
        List<Basket> orders() {
            List<Basket> orders = new ArrayList<>(baskets);
            for (Customer customer : customers.values()) {
                List<Purchase> purchases = customer.purchases;
                for (int from = 0; from < purchases.size(); ) {
                    String orderId = purchases.get(from).orderId;
                    int to = from;
                    List<String> skus = new ArrayList<>();
                    while (to < purchases.size() && purchases.get(to).orderId.equals(orderId)) {
                        skus.add(purchases.get(to++).sku);
                    }
                    orders.add(new Basket(customer.id, orderId, purchases.get(from).at.toInstant(), skus));
                    from = to;
                }
            }
            return orders;
        }

        List<Map<String, Object>> customerRows() {
            return customers.values().stream()
                    .map(c -> Map.<String, Object>of("id", c.id, "name", c.name, "joinedAt", c.joinedAt)).toList();
        }

        List<Map<String, Object>> productRows() {
            return products.entrySet().stream()
                    .map(p -> Map.<String, Object>of("sku", p.getKey(), "name", p.getValue())).toList();
        }
    }

    /** One customer's lines: a purchase per basket (date) and item, then an OWNS per item over its purchases. */
    static final class Customer {
        final String id;
        final String name;
        ZonedDateTime joinedAt;
        int baskets;
        private final Map<String, Purchase> byOrderAndSku = new HashMap<>();
        List<Purchase> purchases;
        List<Owns> owns;

        Customer(String id, String name) {
            this.id = id;
            this.name = name;
        }

        void bought(String sku, LocalDate date, ZonedDateTime at) {
            String orderId = id + "/" + date;
            byOrderAndSku.computeIfAbsent(orderId + ":" + sku, key -> new Purchase(this, sku, orderId, at)).quantity++;
            if (joinedAt == null || at.isBefore(joinedAt)) {
                joinedAt = at;
            }
        }

        /** After the last line: purchases in id order, and the OWNS they add up to. */
        void settle() {
            purchases = byOrderAndSku.values().stream().sorted(Comparator.comparing(p -> p.orderId + ":" + p.sku)).toList();
            baskets = (int) purchases.stream().map(p -> p.orderId).distinct().count();
            Map<String, Owns> bySku = new TreeMap<>();
            purchases.forEach(p -> bySku.computeIfAbsent(p.sku, sku -> new Owns(this, sku)).add(p));
            owns = List.copyOf(bySku.values());
            byOrderAndSku.clear();
        }
    }

    static final class Purchase {
        final Customer customer;
        final String sku;
        final String orderId;
        final ZonedDateTime at;
        long quantity;

        Purchase(Customer customer, String sku, String orderId, ZonedDateTime at) {
            this.customer = customer;
            this.sku = sku;
            this.orderId = orderId;
            this.at = at;
        }

        String id() {
            return "purchase:" + orderId + ":" + sku;
        }

        Map<String, Object> row(Map<String, String> customerNodes, Map<String, String> productNodes) {
            return Map.of("id", id(), "customer", customerNodes.get(customer.id),
                    "product", productNodes.get(sku), "sku", sku, "orderId", orderId, "at", at, "quantity", quantity);
        }
    }

    /** One customer-product pair over all its orders (one purchase per order and product). */
    static final class Owns {
        final Customer customer;
        final String sku;
        Purchase latest;
        ZonedDateTime firstAt;
        long orders;
        long quantity;

        Owns(Customer customer, String sku) {
            this.customer = customer;
            this.sku = sku;
        }

        void add(Purchase purchase) {
            if (latest == null || purchase.at.isAfter(latest.at)) {
                latest = purchase;
            }
            if (firstAt == null || purchase.at.isBefore(firstAt)) {
                firstAt = purchase.at;
            }
            orders++;
            quantity += purchase.quantity;
        }

        Map<String, Object> row(Map<String, String> customerNodes, Map<String, String> productNodes) {
            return Map.of("customer", customerNodes.get(customer.id), "product", productNodes.get(sku),
                    "at", latest.at, "orderId", latest.orderId, "firstAt", firstAt, "orders", orders,
                    "quantity", quantity);
        }
    }
}
