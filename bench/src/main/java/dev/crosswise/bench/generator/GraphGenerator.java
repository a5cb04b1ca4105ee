package dev.crosswise.bench.generator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A realistic shop graph, generated from a seed: departments and categories, products on upgrade chains
 * (ENTRY -> INTERMEDIATE -> ADVANCED) with premium alternatives, families (ecosystems), solutions (looks, setups),
 * merchandiser complements and co-purchase edges; customers whose purchases follow a Zipf popularity with affinity
 * to what they already own, grouped into orders; recent signals and exposures for a share of them.
 *
 * <p>Deterministic: the catalog comes from one random stream, and customer {@code i} from its own stream derived from
 * the seed and {@code i}, so any customer can be generated alone, in any order or batch size, with the same result.
 */
public final class GraphGenerator {

    private static final String[] DEPARTMENTS = {"Home", "Garden", "Kitchen", "Sports", "Outdoor", "Beauty", "Fashion",
            "Kids", "Office", "Electronics", "Audio", "Lighting", "Pets", "Health", "Books", "Toys", "Automotive",
            "Tools", "Food", "Travel"};
    private static final int CATEGORIES_PER_DEPARTMENT = 5;
    private static final String[] LEVELS = {"ENTRY", "INTERMEDIATE", "ADVANCED"};
    private static final String[] SEASONS = {"SPRING", "SUMMER", "AUTUMN", "WINTER"};
    private static final String[] TIME_ZONES = {"Europe/Paris", "Europe/London", "Europe/Berlin", "America/New_York",
            "Asia/Tokyo"};
    private static final int[] CYCLE_DAYS = {30, 45, 60, 90};
    /** Zipf exponent of product popularity: a few products sell a lot, most sell little. */
    private static final double ZIPF_EXPONENT = 1.0;
    /** Chance that a customer's next product is related (same family, solution, complement, upgrade) to one they own. */
    private static final double AFFINITY = 0.35;

    private final GeneratorSettings settings;
    private final int departments;
    private final int leaves;
    private final int[] leafOf;
    private final int[] familyOf;
    private final double[] price;
    private final int[][] related;
    private final int[] byPopularity;
    private final double[] popularityCdf;
    private final CatalogRows catalog;

    public GraphGenerator(GeneratorSettings settings) {
        if (settings.products() < 10 || settings.customers() < 1) {
            throw new IllegalArgumentException("need at least 10 products and 1 customer");
        }
        this.settings = settings;
        int p = settings.products();
        this.departments = Math.min(DEPARTMENTS.length, Math.max(1, p / 250));
        this.leaves = departments * CATEGORIES_PER_DEPARTMENT;
        this.leafOf = new int[p];
        this.familyOf = new int[p];
        this.price = new double[p];
        this.byPopularity = new int[p];
        this.popularityCdf = new double[p];
        List<Set<Integer>> relatedSets = new ArrayList<>(p);
        for (int i = 0; i < p; i++) {
            relatedSets.add(new LinkedHashSet<>());
        }
        this.catalog = generateCatalog(new SplittableRandom(settings.seed()), relatedSets);
        this.related = new int[p][];
        for (int i = 0; i < p; i++) {
            related[i] = relatedSets.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    public GeneratorSettings settings() {
        return settings;
    }

    public CatalogRows catalog() {
        return catalog;
    }

    public static String sku(int product) {
        return "P-%05d".formatted(product);
    }

    public static String customerId(int customer) {
        return "C-%06d".formatted(customer);
    }

    // ---------------------------------------------------------------- catalog

    private CatalogRows generateCatalog(SplittableRandom rng, List<Set<Integer>> relatedSets) {
        int p = settings.products();
        List<Map<String, Object>> categories = new ArrayList<>();
        for (int d = 0; d < departments; d++) {
            categories.add(row("id", department(d), "name", DEPARTMENTS[d], "parent", null));
            for (int k = 0; k < CATEGORIES_PER_DEPARTMENT; k++) {
                categories.add(row("id", leaf(d * CATEGORIES_PER_DEPARTMENT + k),
                        "name", DEPARTMENTS[d] + " line " + (k + 1), "parent", department(d)));
            }
        }

        // Products spread evenly over the leaf categories; inside a category every three form an upgrade chain.
        List<List<Integer>> inLeaf = new ArrayList<>();
        for (int l = 0; l < leaves; l++) {
            inLeaf.add(new ArrayList<>());
        }
        for (int i = 0; i < p; i++) {
            leafOf[i] = i % leaves;
            inLeaf.get(leafOf[i]).add(i);
        }
        String[] level = new String[p];
        boolean[] premium = new boolean[p];
        List<Map<String, Object>> upgrades = new ArrayList<>();
        for (List<Integer> members : inLeaf) {
            List<Integer> premiums = new ArrayList<>();
            for (int j = 0; j < members.size(); j++) {
                int product = members.get(j);
                int position = j % 3;
                level[product] = LEVELS[position];
                premium[product] = position == 2 && rng.nextDouble() < 0.4;
                if (premium[product]) {
                    premiums.add(product);
                }
                if (position > 0) {
                    upgrades.add(row("from", sku(members.get(j - 1)), "to", sku(product)));
                    link(relatedSets, members.get(j - 1), product);
                }
            }
            // Premium alternatives: an entry product may also lead straight to a premium one of its category.
            for (int j = 0; j < members.size(); j += 3) {
                if (!premiums.isEmpty() && rng.nextDouble() < 0.15) {
                    int target = premiums.get(rng.nextInt(premiums.size()));
                    if (target != members.get(j) + 1 && target != members.get(j) + 2) {
                        upgrades.add(row("from", sku(members.get(j)), "to", sku(target)));
                        link(relatedSets, members.get(j), target);
                    }
                }
            }
        }

        // Families (ecosystems): about 8 members each, from one department, 40 % of all products.
        Arrays.fill(familyOf, -1);
        int familyCount = Math.max(1, p / 20);
        List<Map<String, Object>> families = new ArrayList<>();
        for (int f = 0; f < familyCount; f++) {
            int d = f % departments;
            families.add(row("id", "F-%04d".formatted(f), "name", DEPARTMENTS[d] + " system " + (f + 1)));
            List<Integer> members = new ArrayList<>();
            for (int attempt = 0; attempt < 40 && members.size() < 8; attempt++) {
                int candidate = productInDepartment(rng, d);
                if (familyOf[candidate] < 0) {
                    familyOf[candidate] = f;
                    members.add(candidate);
                }
            }
            for (int a : members) {
                for (int b : members) {
                    if (a != b) {
                        relatedSets.get(a).add(b);
                    }
                }
            }
        }

        List<Map<String, Object>> products = new ArrayList<>(p);
        for (int i = 0; i < p; i++) {
            int d = leafOf[i] / CATEGORIES_PER_DEPARTMENT;
            double levelFactor = switch (level[i]) {
                case "ENTRY" -> 1.0;
                case "INTERMEDIATE" -> 1.6;
                default -> 2.5;
            };
            price[i] = Math.max(2, Math.round(Math.exp(3.4 + 0.8 * rng.nextGaussian()) * levelFactor
                    * (premium[i] ? 1.8 : 1.0) * 100) / 100.0);
            boolean consumable = !premium[i] && rng.nextDouble() < 0.15;
            boolean recentLaunch = rng.nextDouble() < 0.02;
            Map<String, Object> props = row(
                    "name", DEPARTMENTS[d] + " " + level[i].toLowerCase() + " item " + i,
                    "price", price[i],
                    "margin", Math.round((0.15 + 0.5 * rng.nextDouble()) * 100) / 100.0,
                    "stock", rng.nextDouble() < 0.03 ? 0L : (long) (5 + rng.nextInt(495)),
                    "level", level[i],
                    "premium", premium[i],
                    "consumable", consumable,
                    "cycleDays", consumable ? (long) CYCLE_DAYS[rng.nextInt(CYCLE_DAYS.length)] : null,
                    "season", rng.nextDouble() < 0.1 ? SEASONS[rng.nextInt(SEASONS.length)] : null,
                    "minTier", premium[i] && rng.nextDouble() < 0.2 ? "GOLD" : null,
                    "giftable", rng.nextDouble() < 0.1,
                    "launchedAt", daysBefore(recentLaunch ? rng.nextInt(14) : 14 + rng.nextInt(1000)));
            products.add(row("sku", sku(i), "category", leaf(leafOf[i]),
                    "family", familyOf[i] < 0 ? null : "F-%04d".formatted(familyOf[i]), "props", props));
        }

        // Solutions (completion): one product from each of 4-5 categories of a department; the last part may be optional.
        int solutionCount = Math.max(1, p / 10);
        List<Map<String, Object>> solutions = new ArrayList<>();
        for (int s = 0; s < solutionCount; s++) {
            int d = rng.nextInt(departments);
            int parts = 4 + rng.nextInt(2);
            List<Map<String, Object>> needs = new ArrayList<>();
            List<Integer> members = new ArrayList<>();
            for (int k = 0; k < parts && k < CATEGORIES_PER_DEPARTMENT; k++) {
                List<Integer> pool = inLeaf.get(d * CATEGORIES_PER_DEPARTMENT + k);
                if (pool.isEmpty()) {
                    continue;
                }
                int product = pool.get(rng.nextInt(pool.size()));
                if (members.contains(product)) {
                    continue;
                }
                members.add(product);
                needs.add(row("sku", sku(product), "role", DEPARTMENTS[d].toLowerCase() + " line " + (k + 1),
                        "optional", k == parts - 1 && rng.nextBoolean()));
            }
            solutions.add(row("id", "S-%04d".formatted(s), "name", DEPARTMENTS[d] + " set " + (s + 1), "needs", needs));
            for (int a : members) {
                for (int b : members) {
                    if (a != b) {
                        relatedSets.get(a).add(b);
                    }
                }
            }
        }

        // Complements: a merchandiser's pairings inside a department, across categories.
        List<Map<String, Object>> complements = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            if (rng.nextDouble() < 0.5) {
                int count = 1 + rng.nextInt(3);
                for (int k = 0; k < count; k++) {
                    int target = productInDepartment(rng, leafOf[i] / CATEGORIES_PER_DEPARTMENT);
                    if (leafOf[target] != leafOf[i]) {
                        complements.add(row("from", sku(i), "to", sku(target),
                                "strength", Math.round((0.3 + 0.6 * rng.nextDouble()) * 100) / 100.0));
                        link(relatedSets, i, target);
                    }
                }
            }
        }

        // Popularity: a random order of the products, Zipf-distributed over that order.
        for (int i = 0; i < p; i++) {
            byPopularity[i] = i;
        }
        for (int i = p - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = byPopularity[i];
            byPopularity[i] = byPopularity[j];
            byPopularity[j] = t;
        }
        double total = 0;
        for (int r = 0; r < p; r++) {
            total += 1.0 / Math.pow(r + 1, ZIPF_EXPONENT);
            popularityCdf[r] = total;
        }
        for (int r = 0; r < p; r++) {
            popularityCdf[r] /= total;
        }

        // Co-purchases: mostly between related products, some towards the best sellers.
        List<Map<String, Object>> boughtWith = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            int count = rng.nextInt(6);
            Set<Integer> targets = new LinkedHashSet<>();
            List<Integer> near = new ArrayList<>(relatedSets.get(i));
            for (int k = 0; k < count; k++) {
                int target = !near.isEmpty() && rng.nextDouble() < 0.5 ? near.get(rng.nextInt(near.size())) : popular(rng);
                if (target != i) {
                    targets.add(target);
                }
            }
            for (int target : targets) {
                boughtWith.add(row("from", sku(i), "to", sku(target),
                        "support", Math.round((0.001 + 0.03 * rng.nextDouble()) * 10000) / 10000.0,
                        "lift", Math.round((1.1 + 5 * rng.nextDouble()) * 100) / 100.0));
            }
        }
        return new CatalogRows(categories, families, products, solutions, upgrades, complements, boughtWith);
    }

    private int productInDepartment(SplittableRandom rng, int department) {
        int leaf = department * CATEGORIES_PER_DEPARTMENT + rng.nextInt(CATEGORIES_PER_DEPARTMENT);
        int perLeaf = (settings.products() - leaf + leaves - 1) / leaves;
        return leaf + leaves * rng.nextInt(Math.max(1, perLeaf));
    }

    private int popular(SplittableRandom rng) {
        int rank = Arrays.binarySearch(popularityCdf, rng.nextDouble());
        rank = rank < 0 ? -rank - 1 : rank;
        return byPopularity[Math.min(rank, byPopularity.length - 1)];
    }

    private static void link(List<Set<Integer>> relatedSets, int a, int b) {
        relatedSets.get(a).add(b);
        relatedSets.get(b).add(a);
    }

    // ---------------------------------------------------------------- customers

    /** Customer {@code i} (0-based), independent of every other customer. */
    public CustomerRows customer(int i) {
        SplittableRandom rng = new SplittableRandom(settings.seed() ^ (0x9E3779B97F4A7C15L * (i + 1L)));
        String id = customerId(i);

        int wanted = Math.min(200, 1 + (int) (-Math.log(1 - rng.nextDouble()) * (settings.ownsPerCustomer() - 0.5)));
        List<Integer> picks = new ArrayList<>();
        Set<Integer> owned = new LinkedHashSet<>();
        for (int attempt = 0; attempt < wanted * 4 && picks.size() < wanted; attempt++) {
            int product;
            if (!picks.isEmpty() && rng.nextDouble() < AFFINITY) {
                int[] near = related[picks.get(rng.nextInt(picks.size()))];
                product = near.length == 0 ? popular(rng) : near[rng.nextInt(near.length)];
            } else {
                product = popular(rng);
            }
            if (owned.add(product)) {
                picks.add(product);
            }
        }

        // Orders of 1-3 products, spread between joining and now; a tenth of customers ordered in the last 3 days.
        long joinedDaysAgo = 30 + rng.nextInt(1470);
        List<Integer> orderSizes = new ArrayList<>();
        for (int left = picks.size(); left > 0; ) {
            int size = Math.min(left, 1 + rng.nextInt(3));
            orderSizes.add(size);
            left -= size;
        }
        long[] orderMinutesAgo = new long[orderSizes.size()];
        for (int o = 0; o < orderMinutesAgo.length; o++) {
            orderMinutesAgo[o] = (long) (rng.nextDouble() * joinedDaysAgo * 1440);
        }
        Arrays.sort(orderMinutesAgo);
        if (orderMinutesAgo.length > 0 && rng.nextDouble() < 0.1) {
            orderMinutesAgo[0] = rng.nextInt(3 * 1440);
        }

        List<Map<String, Object>> owns = new ArrayList<>(picks.size());
        List<Map<String, Object>> events = new ArrayList<>();
        double spend = 0;
        int next = 0;
        for (int o = 0; o < orderSizes.size(); o++) {
            // The oldest order first, so the affinity picks follow what was bought before them.
            long minutesAgo = orderMinutesAgo[orderSizes.size() - 1 - o];
            ZonedDateTime at = minutesBefore(minutesAgo);
            String orderId = "O-%06d-%03d".formatted(i, o);
            for (int k = 0; k < orderSizes.get(o); k++) {
                int product = picks.get(next++);
                boolean consumable = (boolean) productProps(product).get("consumable");
                long quantity = consumable ? 1 + rng.nextInt(3) : 1;
                double paid = Math.round(price[product] * (0.85 + 0.15 * rng.nextDouble()) * 100) / 100.0;
                boolean returned = rng.nextDouble() < 0.03;
                spend += returned ? 0 : paid * quantity;
                owns.add(row("customer", id, "sku", sku(product), "props", row(
                        "at", at, "orderId", orderId, "quantity", quantity, "price", paid,
                        "gift", rng.nextDouble() < 0.04,
                        "usagePercent", !consumable && rng.nextDouble() < 0.3 ? (double) (10 + rng.nextInt(91)) : null,
                        "returned", returned)));
                if (minutesAgo < 30L * 1440) {
                    events.add(event("E-%06d-p%03d".formatted(i, events.size()), id, "PURCHASE", sku(product), at,
                            orderId, quantity, paid));
                }
            }
        }

        if (rng.nextDouble() < settings.eventShare()) {
            int count = 1 + rng.nextInt(12);
            for (int k = 0; k < count; k++) {
                double u = rng.nextDouble();
                String type = u < 0.5 ? "VIEW" : u < 0.7 ? "VISIT" : u < 0.85 ? "CART_ADD" : u < 0.95 ? "CART_REMOVE" : "CHECKOUT";
                String product = type.equals("VISIT") || type.equals("CHECKOUT") ? null : sku(signalProduct(rng, picks));
                events.add(event("E-%06d-s%03d".formatted(i, k), id, type, product,
                        minutesBefore(rng.nextInt(30 * 1440)), null, null, null));
            }
        }

        List<Map<String, Object>> decisions = new ArrayList<>();
        if (rng.nextDouble() < settings.exposureShare()) {
            int count = 1 + rng.nextInt(3);
            for (int k = 0; k < count; k++) {
                List<Map<String, Object>> offered = new ArrayList<>();
                int actions = 1 + rng.nextInt(3);
                for (int rank = 1; rank <= actions; rank++) {
                    offered.add(row("sku", sku(signalProduct(rng, picks)), "props", row(
                            "rank", (long) rank,
                            "strategy", rng.nextBoolean() ? "COMPLETION" : "ECOSYSTEM",
                            "moment", rng.nextDouble() < 0.3 ? "POST_PURCHASE" : null,
                            "channel", rng.nextBoolean() ? "EMAIL" : "WEB",
                            "score", Math.round(rng.nextDouble() * 1000) / 1000.0)));
                }
                decisions.add(row("id", "D-%06d-%d".formatted(i, k), "customer", id, "props", row(
                        "at", minutesBefore(rng.nextInt(14 * 1440)), "rulesVersion", "generated",
                        "placement", rng.nextBoolean() ? "HOME" : "CAMPAIGN"), "offered", offered));
            }
        }

        double u = rng.nextDouble();
        Map<String, Object> customer = row("id", id, "props", row(
                "name", "Customer " + i,
                "tier", spend < 300 ? "BRONZE" : spend < 1000 ? "SILVER" : spend < 3000 ? "GOLD" : "PLATINUM",
                "points", (long) (spend * 10),
                "spend", Math.round(spend * 100) / 100.0,
                "consentEmail", u < 0.6,
                "consentSms", rng.nextDouble() < 0.3,
                "consentMobile", rng.nextDouble() < 0.4,
                "consentDirect", rng.nextDouble() < 0.2,
                "optedOut", rng.nextDouble() < 0.02,
                "timeZone", TIME_ZONES[rng.nextInt(TIME_ZONES.length)],
                "joinedAt", minutesBefore(joinedDaysAgo * 1440)));
        return new CustomerRows(customer, owns, events, decisions);
    }

    /** What a signal or an exposure is about: mostly something near what the customer owns. */
    int signalProduct(SplittableRandom rng, List<Integer> picks) {
        if (!picks.isEmpty() && rng.nextDouble() < 0.6) {
            int[] near = related[picks.get(rng.nextInt(picks.size()))];
            if (near.length > 0) {
                return near[rng.nextInt(near.length)];
            }
        }
        return popular(rng);
    }

    /** The list price of product {@code product}. */
    double price(int product) {
        return price[product];
    }

    /** A product drawn by popularity: what a customer adds to an order besides what was offered. */
    int popularProduct(SplittableRandom rng) {
        return popular(rng);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> productProps(int product) {
        return (Map<String, Object>) catalog.products().get(product).get("props");
    }

    private static Map<String, Object> event(String id, String customer, String type, String sku, ZonedDateTime at,
                                             String orderId, Long quantity, Double price) {
        return row("id", id, "customer", customer, "sku", sku, "props", row(
                "type", type, "at", at, "sku", sku, "orderId", orderId, "quantity", quantity, "price", price));
    }

    private ZonedDateTime daysBefore(long days) {
        return minutesBefore(days * 1440);
    }

    private ZonedDateTime minutesBefore(long minutes) {
        Instant at = settings.reference().minus(Duration.ofMinutes(minutes));
        return at.atZone(ZoneOffset.UTC);
    }

    private static String department(int d) {
        return "dept-%02d".formatted(d);
    }

    private static String leaf(int l) {
        return "cat-%03d".formatted(l);
    }

    /** A map that keeps nulls (a null property is simply not set) and its key order. */
    static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            row.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return row;
    }
}
