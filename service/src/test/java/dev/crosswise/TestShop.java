package dev.crosswise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.graph.TestGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

/**
 * Makes fresh customers and products through the API, so each test works on its own part of the shared graph,
 * and reads state back over the API or, for what the API does not show, with Cypher.
 */
public final class TestShop {

    private final HttpSyncGraphQlClient graphQl;

    public TestShop(HttpSyncGraphQlClient graphQl) {
        this.graphQl = graphQl;
    }

    /** A unique id with a readable prefix. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new BRONZE customer with no points and no spend. */
    public String newCustomer() {
        String id = unique("C-TEST");
        ok(execute("upsertCustomer", Map.of("input", Map.of("id", id, "name", "Test customer " + id))));
        return id;
    }

    /** A new product outside every category, family and solution, so no decision of another test sees it. */
    public String newProduct(double price) {
        String sku = unique("P-TEST");
        ok(execute("upsertProduct", Map.of("input", Map.of("sku", sku, "name", "Test product " + sku,
                "price", price, "margin", 0.5, "stock", 10))));
        return sku;
    }

    /** An anchor product and the product it is paired with: the anchor's page offers the pairing first. */
    public record Pairing(String anchor, String offered) {

        /** A decision's context on the cart page with the anchor in the cart. */
        public Map<String, Object> cartContext() {
            return Map.of("placement", "CART", "cartSkus", List.of(anchor));
        }
    }

    /** A new product (20 EUR) and a new anchor (30 EUR) that a merchandiser paired it with. */
    public Pairing newPairing() {
        String offered = newProduct(20);
        String anchor = unique("P-ANCHOR");
        Map<String, Object> input = new HashMap<>(Map.of("sku", anchor, "name", "Anchor " + anchor, "price", 30.0,
                "margin", 0.5, "stock", 10));
        input.put("complements", List.of(Map.of("sku", offered, "strength", 0.9)));
        ok(execute("upsertProduct", Map.of("input", input)));
        return new Pairing(anchor, offered);
    }

    /**
     * {@code customerId}'s cart page with the pairing's anchor in the cart, and each action's offer
     * ({@code whatNextOffers}); as of {@code at}, or now when null.
     */
    public Map<String, Object> cartPage(String customerId, Pairing pairing, String at) {
        return cartPage(customerId, pairing, at, null);
    }

    /** The same said in {@code locale}'s language (English when null). */
    public Map<String, Object> cartPage(String customerId, Pairing pairing, String at, String locale) {
        Map<String, Object> variables = new HashMap<>(Map.of("customerId", customerId, "context", pairing.cartContext()));
        if (at != null) {
            variables.put("at", at);
        }
        if (locale != null) {
            variables.put("locale", locale);
        }
        return ok(execute("whatNextOffers", variables)).field("whatNext").getValue();
    }

    public ClientGraphQlResponse recordEvent(Map<String, Object> input) {
        return execute("recordEvent", Map.of("input", input));
    }

    /** Records a purchase of one unit at the product's price and checks it was new. */
    public void purchase(String customerId, String sku, String orderId, String at) {
        var response = recordEvent(Map.of("eventId", unique("E"), "type", "PURCHASE", "customerId", customerId,
                "sku", sku, "orderId", orderId, "at", at));
        ok(response);
        assertThat((Boolean) response.field("recordEvent.duplicate").getValue()).isFalse();
    }

    public Map<String, Object> customer(String id) {
        return ok(execute("customerState", Map.of("id", id))).field("customer").getValue();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> ownership(String customerId, String sku) {
        List<Map<String, Object>> owns = (List<Map<String, Object>>) customer(customerId).get("owns");
        return owns.stream().filter(o -> ((Map<String, Object>) o.get("product")).get("sku").equals(sku))
                .findFirst().orElse(null);
    }

    public ClientGraphQlResponse execute(String document, Map<String, Object> variables) {
        return graphQl.documentName(document).variables(new HashMap<>(variables)).executeSync();
    }

    /** Creates or changes a promotion ({@code upsertPromotion}), errors and all. */
    public ClientGraphQlResponse upsertPromotion(Map<String, Object> input) {
        return execute("upsertPromotion", Map.of("input", input));
    }

    /** {@code upsertPromotion} of {@code input} answers one error, a BAD_REQUEST naming {@code field}. */
    public void assertPromotionRefused(Map<String, Object> input, String field) {
        assertThat(upsertPromotion(input).getErrors()).as(field).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getExtensions()).containsEntry("field", field);
        });
    }

    /** The decision's action offering {@code sku} (a decision as the API answers it); fails when none does. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> actionFor(Map<String, Object> decision, String sku) {
        return ((List<Map<String, Object>>) decision.get("actions")).stream()
                .filter(a -> ((Map<String, Object>) a.get("product")).get("sku").equals(sku)).findFirst()
                .orElseThrow(() -> new AssertionError(sku + " not offered: " + decision));
    }

    public static ClientGraphQlResponse ok(ClientGraphQlResponse response) {
        assertThat(response.getErrors()).as("GraphQL errors").isEmpty();
        return response;
    }

    /** A single number from Cypher, for what the API does not show (e.g. how many nodes exist). */
    public static long count(String cypher, Map<String, Object> parameters) {
        return TestGraph.get().graph().read(cypher, parameters).records().getFirst().get(0).asLong();
    }
}
