package dev.crosswise.security;

import java.util.Map;
import java.util.Set;

/**
 * The one table of which fields a storefront caller (a key or token shipped to a browser) may read, for every field of
 * every type of the schema other than the operations themselves ({@link OperationRoles} has those). A field it may
 * not read answers null with a FORBIDDEN error naming the field and why; the rest of the answer stays. Every other
 * role reads every field of the operations it may call.
 *
 * <p>A field is either in {@link #STOREFRONT_READS} or refused, by its own line in {@link #REFUSED} or by its type's
 * {@code Type.*} line. A field in neither is refused all the same (forgetting a line closes a field rather than opens
 * it), and {@code FieldRolesTest} fails until someone decides: a new field needs one line here.
 */
public final class FieldRoles {

    /** Why a storefront caller may not read a field; said in the error. */
    public enum Why {
        PERSONAL("is personal data"),
        MARGIN("reveals the shop's margins"),
        STOCK("is the shop's stock figure"),
        EXPLANATION("explains the decision with rules, scores, margins and the customer's history; show the message"),
        SERVER_ONLY("is for server roles only");

        private final String text;

        Why(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** What a storefront may read: enough to draw and record offers, nothing about the customer but its id. */
    static final Set<String> STOREFRONT_READS = Set.of(
            "Decision.id", "Decision.customer", "Decision.at", "Decision.rulesVersion", "Decision.actions",
            "Decision.recorded", "Decision.heldOut", "Decision.experiments",
            "ExperimentAssignment.experiment", "ExperimentAssignment.arm",
            "Action.rank", "Action.product", "Action.strategy", "Action.moment", "Action.channel", "Action.score",
            "Action.message", "Action.headline", "Action.offer",
            "Offer.kind", "Offer.price", "Offer.saving", "Offer.expiresAt", "Offer.products", "Offer.message",
            "Customer.id",
            "Product.sku", "Product.name", "Product.price", "Product.category", "Product.family", "Product.level",
            "Product.premium", "Product.consumable", "Product.cycleDays", "Product.season", "Product.minTier",
            "Product.giftable", "Product.launchedAt", "Product.upgradesTo", "Product.complements",
            "Product.imageUrl", "Product.url", "Product.description", "Product.currency",
            "Complement.product", "Complement.strength",
            "RecordEventPayload.event", "RecordEventPayload.duplicate",
            "Event.id", "Event.type", "Event.customer", "Event.at", "Event.product", "Event.quantity", "Event.channel",
            "RecordResponsePayload.response", "RecordResponsePayload.duplicate",
            "Response.id", "Response.type", "Response.at", "Response.decisionId", "Response.product");

    /** What a storefront may not read; a field's own line wins over its type's {@code Type.*}. */
    static final Map<String, Why> REFUSED = Map.ofEntries(
            // the customer: only the id, which the caller sent itself
            Map.entry("Customer.*", Why.PERSONAL),
            Map.entry("Consents.*", Why.PERSONAL),
            Map.entry("Ownership.*", Why.PERSONAL),
            Map.entry("Attribution.*", Why.PERSONAL),
            Map.entry("Attribution.margin", Why.MARGIN),
            // what an event of the server roles carries (a storefront records browsing, which has none of these)
            Map.entry("Event.price", Why.PERSONAL),
            Map.entry("Event.orderId", Why.PERSONAL),
            Map.entry("Event.gift", Why.PERSONAL),
            Map.entry("Event.usagePercent", Why.PERSONAL),
            Map.entry("Event.satisfaction", Why.PERSONAL),
            Map.entry("Event.caseId", Why.PERSONAL),
            Map.entry("Event.tier", Why.PERSONAL),
            // the shop's own figures
            Map.entry("Product.margin", Why.MARGIN),
            Map.entry("Product.stock", Why.STOCK),
            // reasons print margins ("High margin (70 %)", the score's value factor) and the customer's history
            // (graph paths through owned products, "opted out of email"): a page shows the message instead
            Map.entry("Action.reasons", Why.EXPLANATION),
            Map.entry("Reason.*", Why.EXPLANATION),
            Map.entry("Decision.suppressed", Why.EXPLANATION),
            Map.entry("Suppression.*", Why.EXPLANATION),
            // what only analysts and admins reach: the rules, simulations, metrics, derived data
            Map.entry("RuleSet.*", Why.SERVER_ONLY),
            Map.entry("Rule.*", Why.SERVER_ONLY),
            Map.entry("RuleLoadError.*", Why.SERVER_ONLY),
            Map.entry("RuleProblem.*", Why.SERVER_ONLY),
            Map.entry("ScenarioCheck.*", Why.SERVER_ONLY),
            Map.entry("ScenarioFailure.*", Why.SERVER_ONLY),
            Map.entry("Simulation.*", Why.SERVER_ONLY),
            Map.entry("SimulationDiff.*", Why.SERVER_ONLY),
            Map.entry("ActionChange.*", Why.SERVER_ONLY),
            Map.entry("MetricsReport.*", Why.SERVER_ONLY),
            Map.entry("MetricGroup.*", Why.SERVER_ONLY),
            Map.entry("MetricPoint.*", Why.SERVER_ONLY),
            Map.entry("Metrics.*", Why.SERVER_ONLY),
            Map.entry("Metrics.attributedMargin", Why.MARGIN),
            Map.entry("Rate.*", Why.SERVER_ONLY),
            Map.entry("RuleCount.*", Why.SERVER_ONLY),
            Map.entry("PromotionSpend.*", Why.SERVER_ONLY),
            Map.entry("ProductMetrics.*", Why.SERVER_ONLY),
            Map.entry("CoPurchasePayload.*", Why.SERVER_ONLY),
            Map.entry("LinkVisitorPayload.*", Why.SERVER_ONLY),
            // experiments: a page may log the arms it rendered (Decision.experiments), not read the results
            Map.entry("Decision.heldOutReason", Why.EXPLANATION),
            Map.entry("Experiment.*", Why.SERVER_ONLY),
            Map.entry("ArmResult.*", Why.SERVER_ONLY),
            Map.entry("Estimate.*", Why.SERVER_ONLY),
            Map.entry("SampleRatio.*", Why.SERVER_ONLY),
            // promotions: a page shows the offer (its message says the promotion's name and end), not the promotion's
            // targeting and budget
            Map.entry("Offer.promotion", Why.SERVER_ONLY),
            Map.entry("Promotion.*", Why.SERVER_ONLY),
            Map.entry("BundleSuggestion.*", Why.SERVER_ONLY));

    private FieldRoles() {
    }

    /** Whether a storefront caller may read {@code Type.field}; introspection ({@code __typename}, ...) it may. */
    public static boolean storefrontReads(String typeName, String fieldName) {
        return fieldName.startsWith("__") || typeName.startsWith("__")
                || STOREFRONT_READS.contains(typeName + "." + fieldName);
    }

    /** Why a storefront caller may not read {@code Type.field}: its line, its type's, or unclassified (server only). */
    public static Why whyRefused(String typeName, String fieldName) {
        Why why = REFUSED.get(typeName + "." + fieldName);
        if (why == null) {
            why = REFUSED.get(typeName + ".*");
        }
        return why == null ? Why.SERVER_ONLY : why;
    }

    /** The error message for a refused field, e.g. "Customer.name is personal data; ...". */
    static String refusal(String typeName, String fieldName) {
        return typeName + "." + fieldName + " " + whyRefused(typeName, fieldName).text()
                + "; a storefront key or token may not read it (a server role may)";
    }

    /** Whether the table classifies {@code Type.field} explicitly (for the schema walk of the tests). */
    static boolean classified(String typeName, String fieldName) {
        String coordinate = typeName + "." + fieldName;
        return STOREFRONT_READS.contains(coordinate) || REFUSED.containsKey(coordinate)
                || REFUSED.containsKey(typeName + ".*");
    }
}
