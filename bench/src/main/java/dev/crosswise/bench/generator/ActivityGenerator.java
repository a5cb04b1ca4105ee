package dev.crosswise.bench.generator;

import static dev.crosswise.bench.generator.GraphGenerator.row;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The offer traffic of a generated graph: for a share of its customers, the decisions {@code decide} recorded over
 * the last weeks (placements, ranked actions with their strategy, moment, channel and shaping rule, what guardrails
 * suppressed), the responses to them at the rates a shop sees (most web actions shown, a few percent clicked,
 * accepted or dismissed), and the purchases that followed — mostly of clicked or accepted items, some only seen, at
 * delays that put some inside the attribution windows and some after them, a few returned, some with another line in
 * the same order.
 *
 * <p>Deterministic like {@link GraphGenerator}: customer {@code i}'s traffic comes from its own random stream (not the
 * one of {@link GraphGenerator#customer}, which it leaves unchanged), so the base graph stays the same with or
 * without it.
 */
public final class ActivityGenerator {

    // Rates per action: what "a few percent" means here.
    static final double SHOWN_ON_SITE = 0.8;
    static final double OPENED_BY_MESSAGE = 0.35;
    static final double CLICKED = 0.04;
    static final double ACCEPTED = 0.012;
    static final double DISMISSED = 0.03;
    // Purchases of the offered product, by what the customer did about the action.
    static final double BOUGHT_AFTER_ACCEPT = 0.45;
    static final double BOUGHT_AFTER_CLICK = 0.15;
    static final double BOUGHT_AFTER_VIEW = 0.006;
    static final double RETURNED = 0.08;
    static final double ANOTHER_LINE = 0.4;

    private static final String[] PLACEMENTS = {"HOME", "HOME", "HOME", "PRODUCT", "PRODUCT", "CART", "CART", "CHECKOUT",
            "ACCOUNT", "CAMPAIGN", "CAMPAIGN", "CAMPAIGN"};
    private static final String[] STRATEGIES = {"POPULAR", "POPULAR", "POPULAR", "COMPLEMENT", "COMPLEMENT", "COMPLETION",
            "COMPLETION", "ECOSYSTEM", "REPLENISHMENT", "UPSELL", "EVOLUTION"};
    /** Moments, with the rule that concludes each (the action's shaping rule). */
    private static final String[][] MOMENTS = {
            {"POST_PURCHASE", "Post-purchase: complete what was just bought"},
            {"BROWSE_INTEREST", "Browse interest: viewed again and again"},
            {"CART_ABANDONMENT", "Cart abandonment: bring the customer back to the cart"},
            {"SECOND_VISIT", "Second visit: back in the same area"},
            {"SEASONAL", "Seasonal: ready for the season"},
            {"PRODUCT_LAUNCH", "Product launch: new in a family the customer owns"}};
    private static final String[] LEVERS = {"High margin lever", "Low stock lever"};
    private static final String[] GUARDRAILS = {"Never offer what the customer owns", "Never offer what is out of stock",
            "Keep above the margin floor", "Frequency cap per channel", "Respect a dismissal",
            "Diversity: no list dominated by one category"};

    private final GraphGenerator graph;
    private final ActivitySettings settings;

    public ActivityGenerator(GraphGenerator graph, ActivitySettings settings) {
        this.graph = graph;
        this.settings = settings;
    }

    public ActivitySettings settings() {
        return settings;
    }

    public GraphGenerator graph() {
        return graph;
    }

    public String key() {
        return settings.key(graph.settings());
    }

    /** Customer {@code i}'s offer traffic; {@link ActivityRows#NONE} for customers who were shown nothing. */
    public ActivityRows customer(int i) {
        SplittableRandom rng = new SplittableRandom(graph.settings().seed() ^ 0x5DEECE66DL ^ (0xC2B2AE3D27D4EB4FL * (i + 1L)));
        if (rng.nextDouble() >= settings.customerShare()) {
            return ActivityRows.NONE;
        }
        String customer = GraphGenerator.customerId(i);
        List<Integer> owned = new ArrayList<>();
        for (Map<String, Object> owns : graph.customer(i).owns()) {
            owned.add(Integer.parseInt(((String) owns.get("sku")).substring(2)));
        }
        long horizon = settings.days() * 1440L;
        int count = Math.min(40, 1 + (int) (-Math.log(1 - rng.nextDouble()) * (settings.decisionsPerCustomer() - 1)));
        List<Map<String, Object>> decisions = new ArrayList<>(count);
        List<Map<String, Object>> responses = new ArrayList<>();
        List<Map<String, Object>> purchases = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String decisionId = "D-%06d-a%02d".formatted(i, k);
            long decidedAt = (long) (rng.nextDouble() * horizon * 60); // seconds before the reference
            String placement = PLACEMENTS[rng.nextInt(PLACEMENTS.length)];
            String channel = placement.equals("CAMPAIGN") ? (rng.nextDouble() < 0.85 ? "EMAIL" : "SMS")
                    : rng.nextDouble() < 0.8 ? "WEB" : "MOBILE";
            boolean message = channel.equals("EMAIL") || channel.equals("SMS");
            int actions = placement.equals("CHECKOUT") ? 1 : settings.actions();
            Set<Integer> offered = new LinkedHashSet<>();
            for (int attempt = 0; attempt < actions * 4 && offered.size() < actions; attempt++) {
                offered.add(graph.signalProduct(rng, owned));
            }
            List<Map<String, Object>> offeredRows = new ArrayList<>(offered.size());
            int rank = 0;
            for (int product : offered) {
                rank++;
                String sku = GraphGenerator.sku(product);
                String[] moment = rng.nextDouble() < 0.4 ? MOMENTS[rng.nextInt(MOMENTS.length)] : null;
                String rule = moment != null ? moment[1] : rng.nextDouble() < 0.15 ? LEVERS[rng.nextInt(LEVERS.length)] : null;
                offeredRows.add(row("sku", sku, "props", row(
                        "rank", (long) rank,
                        "strategy", STRATEGIES[rng.nextInt(STRATEGIES.length)],
                        "moment", moment == null ? null : moment[0],
                        "channel", channel,
                        "score", Math.round((1.0 - 0.1 * rank + 0.1 * rng.nextDouble()) * 1000) / 1000.0,
                        "rule", rule)));

                // What the customer did about this action, each response after the decision and before the reference.
                String prefix = "R-%06d-a%02d-%d-".formatted(i, k, rank);
                if (rng.nextDouble() < (message ? OPENED_BY_MESSAGE : SHOWN_ON_SITE)) {
                    response(responses, prefix + "s", decisionId, sku, "SHOWN", decidedAt - rng.nextInt(120));
                }
                long clickedAt = -1;
                boolean accepted = false;
                double u = rng.nextDouble();
                if (u < ACCEPTED) {
                    accepted = true;
                    clickedAt = decidedAt - delaySeconds(rng, message);
                    response(responses, prefix + "a", decisionId, sku, "ACCEPTED", clickedAt);
                } else if (u < ACCEPTED + CLICKED) {
                    clickedAt = decidedAt - delaySeconds(rng, message);
                    response(responses, prefix + "c", decisionId, sku, "CLICKED", clickedAt);
                } else if (u < ACCEPTED + CLICKED + DISMISSED) {
                    response(responses, prefix + "d", decisionId, sku, "DISMISSED", decidedAt - delaySeconds(rng, message));
                }

                // The purchase of the offered product: days after a click (mean 2 days: some after the click-through
                // window), or hours to days after the exposure alone (mean 1 day: about a third after the view-through).
                double buys = accepted ? BOUGHT_AFTER_ACCEPT : clickedAt >= 0 ? BOUGHT_AFTER_CLICK : BOUGHT_AFTER_VIEW;
                if (rng.nextDouble() < buys) {
                    long from = clickedAt >= 0 ? clickedAt : decidedAt;
                    long boughtAt = from - (long) (-Math.log(1 - rng.nextDouble()) * (clickedAt >= 0 ? 2 : 1) * 86_400);
                    if (boughtAt > 0) {
                        String order = "O-%06d-a%02d-%d".formatted(i, k, rank);
                        purchases.add(purchase(rng, "E-%06d-a%02d-%d".formatted(i, k, rank), customer, product, order, boughtAt));
                        if (rng.nextDouble() < ANOTHER_LINE) {
                            purchases.add(purchase(rng, "E-%06d-a%02d-%dx".formatted(i, k, rank), customer,
                                    graph.popularProduct(rng), order, boughtAt));
                        }
                    }
                }
            }
            Map<String, Object> props = row("at", at(decidedAt), "rulesVersion", "generated", "placement", placement);
            if (rng.nextDouble() < 0.5) {
                List<String> rules = new ArrayList<>();
                List<String> strategies = new ArrayList<>();
                List<String> skus = new ArrayList<>();
                for (int s = 1 + rng.nextInt(3); s > 0; s--) {
                    rules.add(GUARDRAILS[rng.nextInt(GUARDRAILS.length)]);
                    strategies.add(STRATEGIES[rng.nextInt(STRATEGIES.length)]);
                    skus.add(GraphGenerator.sku(graph.signalProduct(rng, owned)));
                }
                props.put("suppressedRules", rules);
                props.put("suppressedStrategies", strategies);
                props.put("suppressedSkus", skus);
            }
            decisions.add(row("id", decisionId, "customer", customer, "props", props, "offered", offeredRows));
        }
        return new ActivityRows(decisions, responses, purchases);
    }

    /** Seconds from the exposure to a response: minutes on a site, hours after a message. */
    private static long delaySeconds(SplittableRandom rng, boolean message) {
        return (long) (-Math.log(1 - rng.nextDouble()) * (message ? 6 * 3600 : 90));
    }

    private void response(List<Map<String, Object>> responses, String id, String decision, String sku, String type,
                          long secondsBefore) {
        if (secondsBefore > 0) {
            responses.add(row("id", id, "decision", decision, "sku", sku,
                    "props", row("type", type, "at", at(secondsBefore), "sku", sku)));
        }
    }

    private Map<String, Object> purchase(SplittableRandom rng, String id, String customer, int product, String order,
                                         long secondsBefore) {
        boolean consumable = (boolean) graph.productProps(product).get("consumable");
        long returnedBefore = secondsBefore - (2 + rng.nextInt(19)) * 86_400L;
        boolean returned = rng.nextDouble() < RETURNED && returnedBefore > 0;
        String sku = GraphGenerator.sku(product);
        return row("id", id, "customer", customer, "sku", sku, "props", row(
                "type", "PURCHASE", "at", at(secondsBefore), "sku", sku, "orderId", order,
                "quantity", consumable ? 1L + rng.nextInt(3) : 1L,
                "price", Math.round(graph.price(product) * (0.85 + 0.15 * rng.nextDouble()) * 100) / 100.0,
                "gift", false,
                "returned", returned ? true : null,
                "returnedAt", returned ? at(returnedBefore) : null));
    }

    private ZonedDateTime at(long secondsBefore) {
        Instant reference = graph.settings().reference();
        return reference.minus(Duration.ofSeconds(secondsBefore)).atZone(ZoneOffset.UTC);
    }
}
