package dev.crosswise.promotion;

import static dev.crosswise.TestShop.actionFor;
import static dev.crosswise.TestShop.ok;
import static dev.crosswise.TestShop.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bundles over real HTTP on the real graph and rules: a merchandiser's bundle (a promotion with {@code bundle: true})
 * offers the rest of it, at the whole bundle's saving, to a customer who owns or carts part of it; the margin floor
 * judges the rest; bad bundles are refused naming the field; the orders propose pairs to bundle.
 */
@SuppressWarnings("unchecked")
class BundlesEndToEndTest extends CrosswiseHttpTest {

    private static final String AT = "2026-11-20T10:00:00Z";

    private TestShop shop;
    private String camera;
    private String card;
    private String bag;

    @BeforeEach
    void aCameraKit() {
        shop = new TestShop(graphQl);
        camera = shop.newProduct(300); // each at a 50 % margin
        card = shop.newProduct(30);
        bag = shop.newProduct(70);
    }

    @Test
    void aCustomerWhoOwnsPartOfABundleIsOfferedTheRestWithTheWholeBundlesSaving() {
        String id = unique("KIT");
        Map<String, Object> created = ok(shop.upsertPromotion(bundle(id, 10.0, camera, card, bag))).field("upsertPromotion").getValue();
        assertThat(created).containsEntry("bundle", true).containsEntry("skus", List.of(camera, card, bag).stream().sorted().toList());
        String customer = shop.newCustomer();
        shop.purchase(customer, camera, unique("O"), "2026-11-10T10:00:00Z");

        Map<String, Object> decision = whatNext(Map.of("customerId", customer, "at", AT));

        // 10 % of the whole 400 EUR is 40 EUR, taken off the rest (card and bag, 100 EUR): 60 EUR; the rest is listed
        // as the bundle lists its products (by sku)
        List<String> rest = List.of(card, bag).stream().sorted().toList();
        for (String part : rest) {
            Map<String, Object> offer = (Map<String, Object>) actionFor(decision, part).get("offer");
            assertThat(offer).containsEntry("kind", "BUNDLE").containsEntry("price", 60.0).containsEntry("saving", 40.0)
                    .containsEntry("expiresAt", "2026-12-01T00:00:00Z")
                    .containsEntry("products", List.of(Map.of("sku", rest.get(0)), Map.of("sku", rest.get(1))))
                    .containsEntry("message", "Complete the Test kit bundle: Test product " + rest.get(0)
                            + " and Test product " + rest.get(1) + " for €60.00 instead of €100.00 (save €40.00), until "
                            + "1 December 2026, 00:00 UTC.");
        }
        // 50 EUR earned on the rest, less the 40 EUR saving, over the 60 EUR paid
        assertThat((List<Map<String, Object>>) actionFor(decision, card).get("reasons")).anySatisfy(reason -> assertThat(reason)
                .containsEntry("kind", "INCENTIVE").containsEntry("rule", "Bundle: complete what the customer started")
                .extractingByKey("text").asString().contains("promotion " + id).contains("margin after it 17 %"));
    }

    @Test
    void aDecideReplayedByItsRequestIdAnswersItsOffersAgain() {
        String id = unique("KIT");
        ok(shop.upsertPromotion(bundle(id, 10.0, camera, card, bag)));
        String customer = shop.newCustomer();
        shop.purchase(customer, camera, unique("O"), "2026-11-10T10:00:00Z");
        Map<String, Object> variables = Map.of("customerId", customer, "at", AT, "requestId", unique("render"));

        Map<String, Object> first = ok(shop.execute("decideOffersOnce", variables)).field("decide").getValue();
        Map<String, Object> again = ok(shop.execute("decideOffersOnce", variables)).field("decide").getValue();

        assertThat(again).isEqualTo(first);
        assertThat((Map<String, Object>) actionFor(again, card).get("offer")).containsEntry("kind", "BUNDLE")
                .containsEntry("promotion", Map.of("id", id))
                .extractingByKey("products").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder(Map.of("sku", card), Map.of("sku", bag));
    }

    @Test
    void metricsCountWhatTheBundleCostAndEarnedNetOfItsDiscount() {
        String id = unique("KIT");
        ok(shop.upsertPromotion(bundle(id, 10.0, camera, card, bag)));
        String customer = shop.newCustomer();
        shop.purchase(customer, camera, unique("O"), "2026-10-10T10:00:00Z");
        ok(shop.execute("decideOffersOnce", Map.of("customerId", customer, "at", "2026-11-12T10:00:00Z")));
        // the rest bought the next hour at the bundle's price: 60 EUR for card and bag, 40 EUR below their list prices
        String order = unique("O");
        for (Map.Entry<String, Double> line : Map.of(card, 18.0, bag, 42.0).entrySet()) {
            ok(shop.recordEvent(Map.of("eventId", unique("E"), "type", "PURCHASE", "customerId", customer,
                    "sku", line.getKey(), "orderId", order, "price", line.getValue(), "at", "2026-11-12T11:00:00Z")));
        }

        Map<String, Object> report = ok(graphQl.document("""
                query { metrics(from: "2026-11-12T00:00:00Z", to: "2026-11-13T00:00:00Z") {
                  promotions { promotionId promotion { name } offers promisedSavings attributedPurchases
                               attributedRevenue discount } } }
                """).executeSync()).field("metrics").getValue();

        // two exposures (card, bag) each promised the kit's 40 EUR; the lines credited to them gave 40 EUR away
        assertThat((List<Map<String, Object>>) report.get("promotions")).filteredOn(p -> p.get("promotionId").equals(id))
                .singleElement().isEqualTo(Map.of("promotionId", id, "promotion", Map.of("name", "Test kit"),
                        "offers", 2, "promisedSavings", 80.0, "attributedPurchases", 2, "attributedRevenue", 60.0,
                        "discount", 40.0));
    }

    @Test
    void aVisitorWithPartOfABundleInTheCartIsOfferedTheRestAndTheMarginFloorJudgesIt() {
        String small = unique("KIT");
        String large = unique("KIT");
        ok(shop.upsertPromotion(bundle(small, 5.0, camera, bag)));   // 18.50 EUR off 370: the bag at 51.50, 32 % margin left
        ok(shop.upsertPromotion(bundle(large, 10.0, camera, card))); // 33 EUR off 330: more than the card costs

        Map<String, Object> visitor = whatNext(Map.of("at", AT,
                "context", Map.of("placement", "CART", "cartSkus", List.of(camera))));

        assertThat((Map<String, Object>) actionFor(visitor, bag).get("offer")).containsEntry("kind", "BUNDLE")
                .containsEntry("price", 51.5).containsEntry("saving", 18.5);
        assertThat(actionFor(visitor, card)).containsEntry("offer", null);
        assertThat((List<Map<String, Object>>) visitor.get("suppressed")).anySatisfy(s -> assertThat(s)
                .containsEntry("product", Map.of("sku", card))
                .containsEntry("rule", "Keep above the margin floor after a discount")
                .extractingByKey("reason").asString().contains("Promotion " + large));
    }

    @Test
    void aBundleIsAtLeastTwoProductsNamedAndItsAmountOffBelowTheirPrices() {
        String id = unique("KIT");
        shop.assertPromotionRefused(bundle(id, 10.0, camera), "input.skus");
        Map<String, Object> withCategory = bundle(id, 10.0, camera, card);
        withCategory.put("categories", List.of("accessories"));
        shop.assertPromotionRefused(withCategory, "input.categories");
        Map<String, Object> tooMuch = bundle(id, null, camera, card);
        tooMuch.put("amountOff", 330.0);
        shop.assertPromotionRefused(tooMuch, "input.amountOff");
        tooMuch.put("amountOff", 40.0); // above the card's price, below the bundle's: a bundle's amount is off the whole
        assertThat(ok(shop.upsertPromotion(tooMuch)).field("upsertPromotion.amountOff").<Double>getValue()).isEqualTo(40.0);
    }

    @Test
    void theOrdersProposePairsBoughtTogetherThatAreNotABundleYet() {
        List<Map<String, Object>> suggested = ok(shop.execute("bundleSuggestions", Map.of("limit", 100)))
                .field("bundleSuggestions").getValue();

        // the demo seed's co-purchases: pairs of priced products, strongest support first, none already a bundle
        assertThat(suggested).isNotEmpty().allSatisfy(s -> {
            assertThat((List<String>) s.get("skus")).hasSize(2);
            assertThat((List<?>) s.get("products")).hasSize(2);
            assertThat((Double) s.get("lift")).isGreaterThan(1.0);
        });
        assertThat(suggested).extracting(s -> (Integer) s.get("support")).isSortedAccordingTo((a, b) -> b - a);
        assertThat(suggested).noneSatisfy(s -> assertThat((List<String>) s.get("skus"))
                .containsExactlyInAnyOrder("R-HRM-STRAP", "R-WATCH-BASIC"));
        var invalid = shop.execute("bundleSuggestions", Map.of("limit", 0));
        assertThat(invalid.getErrors()).singleElement().satisfies(e ->
                assertThat(e.getExtensions()).containsEntry("field", "limit").containsEntry("classification", "BAD_REQUEST"));
    }

    private Map<String, Object> whatNext(Map<String, Object> variables) {
        return ok(shop.execute("whatNextOffers", variables)).field("whatNext").getValue();
    }

    private static Map<String, Object> bundle(String id, Double percentOff, String... skus) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("name", "Test kit");
        input.put("percentOff", percentOff);
        input.put("skus", List.of(skus));
        input.put("bundle", true);
        input.put("validFrom", "2026-11-01T00:00:00Z");
        input.put("validTo", "2026-12-01T00:00:00Z");
        return input;
    }
}
