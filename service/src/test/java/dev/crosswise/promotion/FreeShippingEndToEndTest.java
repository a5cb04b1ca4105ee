package dev.crosswise.promotion;

import static dev.crosswise.TestShop.ok;
import static dev.crosswise.TestShop.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The free-shipping nudge over real HTTP: the cheapest add-on that takes the cart over the threshold, and the gap. */
@SuppressWarnings("unchecked")
class FreeShippingEndToEndTest extends CrosswiseHttpTest {

    @Test
    void theCheapestPairingThatCrossesTheThresholdCarriesTheNudgeWithTheGap() {
        var shop = new TestShop(graphQl);
        String tooCheap = shop.newProduct(20);   // does not cross the 35.90 gap
        String cheapest = shop.newProduct(36);   // crosses it
        String dearer = shop.newProduct(45);     // crosses it too, but costs more
        String anchor = unique("P-ANCHOR");
        Map<String, Object> input = new HashMap<>(Map.of("sku", anchor, "name", "Anchor", "price", 24.10, "margin", 0.5,
                "stock", 10));
        input.put("complements", List.of(Map.of("sku", tooCheap, "strength", 0.9), Map.of("sku", cheapest, "strength", 0.8),
                Map.of("sku", dearer, "strength", 0.7)));
        ok(shop.execute("upsertProduct", Map.of("input", input)));
        String customer = shop.newCustomer();

        Map<String, Object> decision = ok(shop.execute("whatNextOffers", Map.of("customerId", customer,
                "at", "2026-11-20T10:00:00Z", "context", Map.of("placement", "CART", "cartSkus", List.of(anchor)))))
                .field("whatNext").getValue();

        Map<String, Map<String, Object>> offers = new HashMap<>();
        for (Map<String, Object> action : (List<Map<String, Object>>) decision.get("actions")) {
            offers.put((String) ((Map<String, Object>) action.get("product")).get("sku"),
                    (Map<String, Object>) action.get("offer"));
        }
        assertThat(offers).containsKeys(tooCheap, cheapest, dearer);
        assertThat(offers.get(cheapest)).containsEntry("kind", "FREE_SHIPPING").containsEntry("price", 36.0)
                .containsEntry("saving", 4.95).containsEntry("expiresAt", null).containsEntry("promotion", null)
                .containsEntry("products", List.of(Map.of("sku", cheapest)))
                .containsEntry("message", "Add €35.90 to ship free: Test product " + cheapest + " (€36.00) takes your cart there.");
        assertThat(offers.get(tooCheap)).isNull();
        assertThat(offers.get(dearer)).isNull();
    }
}
