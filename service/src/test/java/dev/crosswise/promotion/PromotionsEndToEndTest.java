package dev.crosswise.promotion;

import static dev.crosswise.TestShop.actionFor;
import static dev.crosswise.TestShop.count;
import static dev.crosswise.TestShop.ok;
import static dev.crosswise.TestShop.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import dev.crosswise.graph.TestGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Promotions over real HTTP on the real graph and rules: upsert, validation, end, and what decisions do with them —
 * a discount attached on the cart page, refused below the margin floor, stopped once its budget is used up.
 */
@SuppressWarnings("unchecked")
class PromotionsEndToEndTest extends CrosswiseHttpTest {

    private static final String AT = "2026-11-20T10:00:00Z";

    private TestShop shop;
    private TestShop.Pairing pairing;
    private String customer;

    @BeforeEach
    void aCartWithAPairing() {
        shop = new TestShop(graphQl);
        pairing = shop.newPairing(); // the anchor (30 EUR) in the cart offers the pairing (20 EUR, 50 % margin)
        customer = shop.newCustomer();
    }

    @Test
    void anUpsertCreatesThePromotionAndTheSameUpsertAgainChangesNothing() {
        String id = unique("PROMO");
        Map<String, Object> input = promotion(id, pairing.offered(), 25.0);
        input.put("categories", List.of("accessories"));
        input.put("minTier", "SILVER");
        input.put("channels", List.of("EMAIL", "WEB"));
        input.put("budgetAmount", 100.0);

        Map<String, Object> first = ok(shop.upsertPromotion(input)).field("upsertPromotion").getValue();
        Map<String, Object> second = ok(shop.upsertPromotion(input)).field("upsertPromotion").getValue();

        assertThat(first).containsEntry("id", id).containsEntry("name", "Test promotion").containsEntry("percentOff", 25.0)
                .containsEntry("amountOff", null).containsEntry("skus", List.of(pairing.offered()))
                .containsEntry("categories", List.of("accessories")).containsEntry("validFrom", "2026-11-01T00:00:00Z")
                .containsEntry("validTo", "2026-12-01T00:00:00Z").containsEntry("minTier", "SILVER")
                .containsEntry("channels", List.of("EMAIL", "WEB")).containsEntry("budgetAmount", 100.0)
                .containsEntry("usedUnits", 0).containsEntry("budgetLeft", true);
        assertThat(second).isEqualTo(first);
        assertThat(count("MATCH (p:Promotion {id: $id}) RETURN count(p)", Map.of("id", id))).isOne();
        assertThat(count("MATCH (:Promotion {id: $id})-[d:DISCOUNTS]->() RETURN count(d)", Map.of("id", id))).isEqualTo(2);

        // replaced, not merged: the category is gone, the options left out are removed
        Map<String, Object> replaced = ok(shop.upsertPromotion(promotion(id, pairing.offered(), 10.0))).field("upsertPromotion").getValue();
        assertThat(replaced).containsEntry("percentOff", 10.0).containsEntry("categories", List.of())
                .containsEntry("minTier", null).containsEntry("channels", List.of()).containsEntry("budgetAmount", null);
        assertThat(count("MATCH (:Promotion {id: $id})-[d:DISCOUNTS]->() RETURN count(d)", Map.of("id", id))).isOne();
    }

    @Test
    void invalidInputIsABadRequestNamingTheField() {
        String id = unique("PROMO");
        shop.assertPromotionRefused(with(promotion(id, pairing.offered(), 10.0), "validTo", "2026-10-01T00:00:00Z"), "input.validTo");
        shop.assertPromotionRefused(with(promotion(id, pairing.offered(), 10.0), "percentOff", 0.0), "input.percentOff");
        shop.assertPromotionRefused(with(promotion(id, pairing.offered(), 10.0), "percentOff", 100.0), "input.percentOff");
        Map<String, Object> amount = promotion(id, pairing.offered(), null);
        amount.put("amountOff", 20.0); // the pairing costs 20 EUR
        shop.assertPromotionRefused(amount, "input.amountOff");
        shop.assertPromotionRefused(with(promotion(id, pairing.offered(), 10.0), "skus", List.of("NO-SUCH-SKU")), "input.skus");
        shop.assertPromotionRefused(with(promotion(id, pairing.offered(), 10.0), "categories", List.of("no-such-category")),
                "input.categories");
        assertThat(count("MATCH (p:Promotion {id: $id}) RETURN count(p)", Map.of("id", id))).isZero();

        var unknown = shop.execute("endPromotion", Map.of("id", unique("NO-PROMO")));
        assertThat(unknown.getErrors()).singleElement().satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("NOT_FOUND"));
    }

    @Test
    void onTheCartPageTheRulesAttachTheDiscountWithItsRealEndAndTheMarginAfterIt() {
        String id = unique("PROMO");
        ok(shop.upsertPromotion(promotion(id, pairing.offered(), 25.0)));

        Map<String, Object> action = actionFor(shop.cartPage(customer, pairing, AT), pairing.offered());

        Map<String, Object> offer = (Map<String, Object>) action.get("offer");
        assertThat(offer).containsEntry("kind", "DISCOUNT").containsEntry("price", 15.0).containsEntry("saving", 5.0)
                .containsEntry("expiresAt", "2026-12-01T00:00:00Z")
                .containsEntry("promotion", Map.of("id", id, "name", "Test promotion"))
                .containsEntry("products", List.of(Map.of("sku", pairing.offered())))
                .containsEntry("message", "Save €5.00 on Test product " + pairing.offered()
                        + ": €15.00 instead of €20.00 with Test promotion, until 1 December 2026, 00:00 UTC.");
        // unit margin 10 EUR, less the 5 EUR saving, over the 15 EUR paid
        assertThat((List<Map<String, Object>>) action.get("reasons")).anySatisfy(reason -> assertThat(reason)
                .containsEntry("kind", "INCENTIVE").containsEntry("rule", "Discount: what goes with the cart being looked at")
                .extractingByKey("text").asString().contains("promotion " + id).contains("margin after it 33 %"));
    }

    @Test
    void aDiscountBelowTheMarginFloorIsRefusedNamingThePromotionAndTheProductIsOfferedAtItsPrice() {
        String id = unique("PROMO");
        ok(shop.upsertPromotion(promotion(id, pairing.offered(), 45.0))); // 11 EUR paid, 1 EUR earned: a 9 % margin

        Map<String, Object> decision = shop.cartPage(customer, pairing, AT);

        assertThat(actionFor(decision, pairing.offered())).containsEntry("offer", null);
        assertThat((List<Map<String, Object>>) decision.get("suppressed")).anySatisfy(s -> assertThat(s)
                .containsEntry("product", Map.of("sku", pairing.offered()))
                .containsEntry("rule", "Keep above the margin floor after a discount")
                .extractingByKey("reason").asString().contains("Promotion " + id).contains("9 % margin"));
    }

    @Test
    void recordedOffersUseTheBudgetAndAUsedUpOrEndedPromotionIsOfferedNoMore() {
        String id = unique("PROMO");
        Map<String, Object> input = promotion(id, pairing.offered(), 25.0);
        input.put("budgetUnits", 1);
        ok(shop.upsertPromotion(input));

        Map<String, Object> decided = ok(shop.execute("decideOffers", Map.of("customerId", customer, "at", AT,
                "context", pairing.cartContext()))).field("decide").getValue();
        assertThat((List<Map<String, Object>>) decided.get("actions")).anySatisfy(a -> assertThat(a)
                .containsEntry("offer", Map.of("kind", "DISCOUNT", "saving", 5.0, "promotion", Map.of("id", id))));

        assertThat(promotionState(id, null)).containsEntry("usedUnits", 1).containsEntry("usedAmount", 5.0)
                .containsEntry("budgetLeft", false);
        assertThat(actionFor(shop.cartPage(customer, pairing, AT), pairing.offered())).containsEntry("offer", null);

        // a budget raised lets it run again; ending it stops it from now on (a decision asked for an earlier time
        // still sees it running then)
        input.put("budgetUnits", 10);
        input.put("validTo", "2099-01-01T00:00:00Z");
        ok(shop.upsertPromotion(input));
        assertThat(actionFor(shop.cartPage(customer, pairing, null), pairing.offered()).get("offer")).isNotNull();
        Map<String, Object> ended = ok(shop.execute("endPromotion", Map.of("id", id))).field("endPromotion").getValue();
        assertThat(ended.get("endedAt")).isNotNull();
        Map<String, Object> endedAgain = ok(shop.execute("endPromotion", Map.of("id", id))).field("endPromotion").getValue();
        assertThat(endedAgain).as("ending again keeps the first end").isEqualTo(ended);
        assertThat(actionFor(shop.cartPage(customer, pairing, null), pairing.offered())).containsEntry("offer", null);
        assertThat(actionFor(shop.cartPage(customer, pairing, AT), pairing.offered()).get("offer")).isNotNull();
        assertThat(promotionState(id, AT)).isNotNull();
        assertThat(promotionState(id, "2098-01-01T00:00:00Z")).isNull();
    }

    private Map<String, Object> promotionState(String id, String activeAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("activeAt", activeAt);
        List<Map<String, Object>> all = ok(shop.execute("promotions", variables)).field("promotions").getValue();
        return all.stream().filter(p -> p.get("id").equals(id)).findFirst().orElse(null);
    }

    private static Map<String, Object> promotion(String id, String sku, Double percentOff) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("name", "Test promotion");
        input.put("percentOff", percentOff);
        input.put("skus", List.of(sku));
        input.put("validFrom", "2026-11-01T00:00:00Z");
        input.put("validTo", "2026-12-01T00:00:00Z");
        return input;
    }

    private static Map<String, Object> with(Map<String, Object> input, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(input);
        changed.put(key, value);
        return changed;
    }
}
