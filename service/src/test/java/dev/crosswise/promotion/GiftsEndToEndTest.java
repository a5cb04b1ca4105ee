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
 * Gift promotions over real HTTP on the real graph and rules: "buy X, get G free". A promotion with a {@code giftSku}
 * offers the gift with each of its products (offer kind GIFT: the product at its price, the gift's list price saved);
 * a gift out of stock, or one that costs the margin below the floor, is refused; the budget counts a gift as one unit
 * and its list price; a purchase credited to the offer earns its margin less the gift's cost; the gift's message is
 * said in the language asked for; bad gifts are refused naming {@code input.giftSku}.
 */
@SuppressWarnings("unchecked")
class GiftsEndToEndTest extends CrosswiseHttpTest {

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
    void aGiftPromotionOffersItsGiftWithItsProductAtThePricesPriceAndTheGiftsListPriceSaved() {
        String gift = product(8, 10); // costs the shop 4 EUR
        String id = unique("GIFT");

        Map<String, Object> created = ok(shop.upsertPromotion(gift(id, pairing.offered(), gift))).field("upsertPromotion").getValue();
        assertThat(created).containsEntry("giftSku", gift).containsEntry("gift", Map.of("sku", gift, "name", "Gift " + gift))
                .containsEntry("percentOff", null).containsEntry("amountOff", null).containsEntry("bundle", false);
        assertThat(count("MATCH (:Promotion {id: $id})-[g:GIVES]->(:Product {sku: $gift}) RETURN count(g)",
                Map.of("id", id, "gift", gift))).isOne();

        Map<String, Object> action = actionFor(shop.cartPage(customer, pairing, AT), pairing.offered());

        assertThat((Map<String, Object>) action.get("offer")).containsEntry("kind", "GIFT").containsEntry("price", 20.0)
                .containsEntry("saving", 8.0).containsEntry("expiresAt", "2026-12-01T00:00:00Z")
                .containsEntry("promotion", Map.of("id", id, "name", "Test gift"))
                .containsEntry("products", List.of(Map.of("sku", pairing.offered()), Map.of("sku", gift)))
                .containsEntry("message", "Get Gift " + gift + " free (worth €8.00) when you buy Test product "
                        + pairing.offered() + " (€20.00), with Test gift, until 1 December 2026, 00:00 UTC.");
        // 10 EUR earned on the product, less the gift's 4 EUR cost, over the 20 EUR paid
        assertThat((List<Map<String, Object>>) action.get("reasons")).anySatisfy(reason -> assertThat(reason)
                .containsEntry("kind", "INCENTIVE").containsEntry("rule", "Gift: a gift with the purchase")
                .extractingByKey("text").asString().contains("promotion " + id).contains("margin after it 30 %"));
    }

    @Test
    void theGiftsMessageIsSaidInTheLanguageAskedFor() {
        String gift = product(8, 10);
        ok(shop.upsertPromotion(gift(unique("GIFT"), pairing.offered(), gift)));

        assertThat(giftMessage("de")).isEqualTo("Gift " + gift + " gratis (im Wert von €8.00) beim Kauf von Test product "
                + pairing.offered() + " (€20.00), mit Test gift, bis 1. Dezember 2026, 00:00 UTC.");
        assertThat(giftMessage("fr-CA")).isEqualTo("Gift " + gift + " offert (d'une valeur de €8.00) pour l'achat de "
                + "Test product " + pairing.offered() + " (€20.00), avec Test gift, jusqu'au 1 décembre 2026, 00:00 UTC.");
        assertThat(giftMessage("it")).startsWith("Get Gift " + gift + " free"); // no Italian texts: English
    }

    private String giftMessage(String locale) {
        List<Map<String, Object>> actions = ok(graphQl.document("""
                query($customerId: ID, $cart: [ID!], $locale: String) {
                  whatNext(customerId: $customerId, at: "2026-11-20T10:00:00Z", locale: $locale,
                           context: {placement: CART, cartSkus: $cart}) {
                    actions { product { sku } offer { kind message } } } }
                """).variable("customerId", customer).variable("cart", List.of(pairing.anchor()))
                .variable("locale", locale).executeSync()).field("whatNext.actions").getValue();
        return actions.stream().filter(a -> ((Map<String, Object>) a.get("product")).get("sku").equals(pairing.offered()))
                .map(a -> (String) ((Map<String, Object>) a.get("offer")).get("message")).findFirst().orElseThrow();
    }

    @Test
    void aGiftOutOfStockIsRefusedAndTheProductIsOfferedWithoutIt() {
        String gift = product(8, 0);
        String id = unique("GIFT");
        ok(shop.upsertPromotion(gift(id, pairing.offered(), gift)));

        Map<String, Object> decision = shop.cartPage(customer, pairing, AT);

        assertThat(actionFor(decision, pairing.offered())).containsEntry("offer", null);
        assertThat((List<Map<String, Object>>) decision.get("suppressed")).anySatisfy(s -> assertThat(s)
                .containsEntry("product", Map.of("sku", pairing.offered()))
                .containsEntry("rule", "Never give a gift that is out of stock")
                .extractingByKey("reason").asString().contains("Promotion " + id).contains(gift + "), which is out of stock"));
    }

    @Test
    void aGiftThatCostsTheMarginBelowTheFloorIsRefused() {
        String gift = product(18, 10); // costs the shop 9 EUR of the 10 earned: a 5 % margin left
        String id = unique("GIFT");
        ok(shop.upsertPromotion(gift(id, pairing.offered(), gift)));

        Map<String, Object> decision = shop.cartPage(customer, pairing, AT);

        assertThat(actionFor(decision, pairing.offered())).containsEntry("offer", null);
        assertThat((List<Map<String, Object>>) decision.get("suppressed")).anySatisfy(s -> assertThat(s)
                .containsEntry("rule", "Keep above the margin floor after a discount")
                .extractingByKey("reason").asString().contains("Promotion " + id)
                .contains("and give Gift " + gift + " free with a 5 % margin"));
    }

    @Test
    void theBudgetCountsAGiftAsOneUnitAndItsListPriceAndAUsedUpGiftIsOfferedNoMore() {
        String gift = product(8, 10);
        String id = unique("GIFT");
        Map<String, Object> input = gift(id, pairing.offered(), gift);
        input.put("budgetAmount", 8.0);
        ok(shop.upsertPromotion(input));

        Map<String, Object> decided = ok(shop.execute("decideOffers", Map.of("customerId", customer, "at", AT,
                "context", pairing.cartContext()))).field("decide").getValue();
        assertThat((List<Map<String, Object>>) decided.get("actions")).anySatisfy(a -> assertThat(a)
                .containsEntry("offer", Map.of("kind", "GIFT", "saving", 8.0, "promotion", Map.of("id", id))));

        List<Map<String, Object>> all = ok(shop.execute("promotions", Map.of())).field("promotions").getValue();
        assertThat(all).filteredOn(p -> p.get("id").equals(id)).singleElement().satisfies(p -> assertThat(p)
                .containsEntry("usedUnits", 1).containsEntry("usedAmount", 8.0).containsEntry("budgetLeft", false));
        assertThat(actionFor(shop.cartPage(customer, pairing, AT), pairing.offered())).containsEntry("offer", null);
    }

    @Test
    void aPurchaseCreditedToAGiftEarnsItsMarginLessTheGiftsCostAndThePromotionsSpendCountsTheGift() {
        String gift = product(8, 10);
        String id = unique("GIFT");
        ok(shop.upsertPromotion(gift(id, pairing.offered(), gift)));
        ok(shop.execute("decideOffers", Map.of("customerId", customer, "at", "2026-11-14T10:00:00Z",
                "context", pairing.cartContext())));
        ok(shop.recordEvent(Map.of("eventId", unique("E"), "type", "PURCHASE", "customerId", customer,
                "sku", pairing.offered(), "orderId", unique("O"), "price", 20.0, "at", "2026-11-14T11:00:00Z")));

        // 20 EUR paid, 10 EUR the product cost, 4 EUR the gift cost
        var credit = TestGraph.get().graph().read("""
                MATCH (:Customer {id: $customer})-[:DID]->(:Event)-[a:ATTRIBUTED_TO]->(:Decision)
                RETURN a.margin AS margin, a.discount AS discount, a.offerKind AS kind
                """, Map.of("customer", customer)).records();
        assertThat(credit).singleElement().satisfies(r -> {
            assertThat(r.get("margin").asDouble()).isEqualTo(6.0);
            assertThat(r.get("discount").asDouble()).isEqualTo(8.0);
            assertThat(r.get("kind").asString()).isEqualTo("GIFT");
        });
        Map<String, Object> report = ok(graphQl.document("""
                query { metrics(from: "2026-11-14T00:00:00Z", to: "2026-11-15T00:00:00Z") {
                  promotions { promotionId offers promisedSavings attributedPurchases attributedRevenue discount } } }
                """).executeSync()).field("metrics").getValue();
        assertThat((List<Map<String, Object>>) report.get("promotions")).filteredOn(p -> p.get("promotionId").equals(id))
                .singleElement().isEqualTo(Map.of("promotionId", id, "offers", 1, "promisedSavings", 8.0,
                        "attributedPurchases", 1, "attributedRevenue", 20.0, "discount", 8.0));
    }

    @Test
    void aBadGiftIsABadRequestNamingGiftSku() {
        String gift = product(8, 10);
        String id = unique("GIFT");
        shop.assertPromotionRefused(gift(id, pairing.offered(), "NO-SUCH-SKU"), "input.giftSku");
        shop.assertPromotionRefused(gift(id, pairing.offered(), pairing.offered()), "input.giftSku");
        Map<String, Object> discounted = gift(id, pairing.offered(), gift);
        discounted.put("percentOff", 10.0);
        shop.assertPromotionRefused(discounted, "input.giftSku");
        Map<String, Object> bundled = gift(id, pairing.offered(), gift);
        bundled.put("skus", List.of(pairing.offered(), pairing.anchor()));
        bundled.put("bundle", true);
        shop.assertPromotionRefused(bundled, "input.giftSku");
        Map<String, Object> inItsCategory = gift(id, pairing.offered(), "W-TIE-SILK"); // the demo's accessories
        inItsCategory.put("categories", List.of("accessories"));
        shop.assertPromotionRefused(inItsCategory, "input.giftSku");
        assertThat(count("MATCH (p:Promotion {id: $id}) RETURN count(p)", Map.of("id", id))).isZero();

        assertThat(shop.upsertPromotion(discounted).getErrors()).singleElement().satisfies(e -> assertThat(e.getMessage())
                .contains("leave percentOff and amountOff out"));
    }

    @Test
    void anUpsertWithoutTheGiftMakesItADiscountAgain() {
        String gift = product(8, 10);
        String id = unique("GIFT");
        ok(shop.upsertPromotion(gift(id, pairing.offered(), gift)));
        Map<String, Object> discount = gift(id, pairing.offered(), null);
        discount.put("percentOff", 25.0);

        Map<String, Object> replaced = ok(shop.upsertPromotion(discount)).field("upsertPromotion").getValue();

        assertThat(replaced).containsEntry("giftSku", null).containsEntry("gift", null).containsEntry("percentOff", 25.0);
        assertThat(count("MATCH (:Promotion {id: $id})-[g:GIVES]->() RETURN count(g)", Map.of("id", id))).isZero();
        assertThat((Map<String, Object>) actionFor(shop.cartPage(customer, pairing, AT), pairing.offered()).get("offer")).containsEntry("kind", "DISCOUNT");
    }

    /** A new product outside every category, at a 50 % margin, with {@code stock} units. */
    private String product(double price, long stock) {
        String sku = unique("P-GIFT");
        ok(shop.execute("upsertProduct", Map.of("input", Map.of("sku", sku, "name", "Gift " + sku, "price", price,
                "margin", 0.5, "stock", stock))));
        return sku;
    }

    private static Map<String, Object> gift(String id, String sku, String giftSku) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("name", "Test gift");
        input.put("skus", List.of(sku));
        input.put("giftSku", giftSku);
        input.put("validFrom", "2026-11-01T00:00:00Z");
        input.put("validTo", "2026-12-01T00:00:00Z");
        return input;
    }
}
