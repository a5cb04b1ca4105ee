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
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every offer's message over real HTTP is said in the language the storefront asks for ({@code locale}), from the
 * analysts' {@code offer.<KIND>.message} templates, with dates written the language's way; English is unchanged, and a
 * language without texts is answered in English.
 */
@SuppressWarnings("unchecked")
class OfferMessagesEndToEndTest extends CrosswiseHttpTest {

    private static final String AT = "2026-11-20T10:00:00Z";

    private TestShop shop;
    private String customer;

    @BeforeEach
    void aShopAndACustomer() {
        shop = new TestShop(graphQl);
        customer = shop.newCustomer();
    }

    @Test
    void aDiscountIsSaidInGermanAndFrenchAndEnglishIsUnchanged() {
        TestShop.Pairing pairing = shop.newPairing();
        ok(shop.upsertPromotion(promotion(unique("PROMO"), pairing.offered())));
        String product = "Test product " + pairing.offered();

        assertThat(offerMessage(pairing, "de")).isEqualTo("Sparen Sie €5.00 bei " + product
                + ": €15.00 statt €20.00 mit Test promotion, bis 1. Dezember 2026, 00:00 UTC.");
        assertThat(offerMessage(pairing, "fr-CA")).isEqualTo("Économisez €5.00 sur " + product
                + " : €15.00 au lieu de €20.00 avec Test promotion, jusqu'au 1 décembre 2026, 00:00 UTC.");
        String english = "Save €5.00 on " + product + ": €15.00 instead of €20.00 with Test promotion, until "
                + "1 December 2026, 00:00 UTC.";
        assertThat(offerMessage(pairing, null)).isEqualTo(english);
        assertThat(offerMessage(pairing, "en")).isEqualTo(english);
        assertThat(offerMessage(pairing, "it")).isEqualTo(english); // no Italian texts
    }

    @Test
    void theFreeShippingNudgeIsSaidInGermanAndFrenchWithItsGap() {
        String addOn = shop.newProduct(36);
        String anchor = anchorPairedWith(addOn);
        Map<String, Object> cart = Map.of("placement", "CART", "cartSkus", List.of(anchor));
        String product = "Test product " + addOn;

        assertThat(offerMessage(cart, addOn, "de")).isEqualTo("Nur noch €35.90 bis zum kostenlosen Versand: Mit "
                + product + " (€36.00) ist Ihr Warenkorb so weit.");
        assertThat(offerMessage(cart, addOn, "fr")).isEqualTo("Plus que €35.90 pour la livraison gratuite : avec "
                + product + " (€36.00), votre panier y est.");
        assertThat(offerMessage(cart, addOn, null)).isEqualTo("Add €35.90 to ship free: " + product
                + " (€36.00) takes your cart there.");
        assertThat(offerMessage(cart, addOn, "it")).startsWith("Add €35.90 to ship free");
    }

    @Test
    void theRestOfABundleIsListedTheLanguagesWay() {
        String camera = shop.newProduct(300);
        String card = shop.newProduct(30);
        String bag = shop.newProduct(70);
        Map<String, Object> bundle = new HashMap<>(promotion(unique("KIT"), camera));
        bundle.putAll(Map.of("name", "Test kit", "percentOff", 10.0, "skus", List.of(camera, card, bag), "bundle", true));
        ok(shop.upsertPromotion(bundle));
        shop.purchase(customer, camera, unique("O"), "2026-11-10T10:00:00Z");
        Map<String, Object> cart = null; // owning part of it is enough
        List<String> rest = List.of(card, bag).stream().sorted().map(sku -> "Test product " + sku).toList();

        assertThat(offerMessage(cart, card, "de")).isEqualTo("Vervollständigen Sie das Set Test kit: " + rest.get(0)
                + " und " + rest.get(1) + " für €60.00 statt €100.00 (Sie sparen €40.00), bis 1. Dezember 2026, 00:00 UTC.");
        assertThat(offerMessage(cart, card, "fr")).isEqualTo("Complétez l'ensemble Test kit : " + rest.get(0) + " et "
                + rest.get(1) + " pour €60.00 au lieu de €100.00 (vous économisez €40.00), jusqu'au 1 décembre 2026, 00:00 UTC.");
        assertThat(offerMessage(cart, card, null)).isEqualTo("Complete the Test kit bundle: " + rest.get(0) + " and "
                + rest.get(1) + " for €60.00 instead of €100.00 (save €40.00), until 1 December 2026, 00:00 UTC.");
    }

    @Test
    void aDecisionRecordsItsOfferOnceAndARenderInAnotherLanguageSaysItThere() {
        String addOn = shop.newProduct(36);
        String anchor = anchorPairedWith(addOn);
        String requestId = unique("render");
        String product = "Test product " + addOn;

        // the English render decides and records; the German one is the same decision, replayed and said in German,
        // the gap it recorded included
        assertThat(decidedOfferMessage(anchor, addOn, requestId, null)).isEqualTo("Add €35.90 to ship free: " + product
                + " (€36.00) takes your cart there.");
        assertThat(decidedOfferMessage(anchor, addOn, requestId, "de")).isEqualTo("Nur noch €35.90 bis zum kostenlosen "
                + "Versand: Mit " + product + " (€36.00) ist Ihr Warenkorb so weit.");
    }

    private String decidedOfferMessage(String cartSku, String sku, String requestId, String locale) {
        Map<String, Object> decision = ok(graphQl.document("""
                mutation($customerId: ID!, $cart: [ID!], $requestId: ID, $locale: String) {
                  decide(customerId: $customerId, at: "2026-11-20T10:00:00Z", limit: 10, requestId: $requestId,
                         locale: $locale, context: {placement: CART, cartSkus: $cart}) {
                    actions { product { sku } offer { kind message } } } }
                """).variable("customerId", customer).variable("cart", List.of(cartSku)).variable("requestId", requestId)
                .variable("locale", locale).executeSync()).field("decide").getValue();
        return (String) ((Map<String, Object>) actionFor(decision, sku).get("offer")).get("message");
    }

    private String offerMessage(TestShop.Pairing pairing, String locale) {
        Map<String, Object> offer = (Map<String, Object>) actionFor(shop.cartPage(customer, pairing, AT, locale),
                pairing.offered()).get("offer");
        return (String) offer.get("message");
    }

    @Test
    void earlyAccessToALaunchIsSaidInGermanAndFrenchWithTheLaunchDate() {
        // the demo's Grace (Gold, Luma at home) and the Luma ceiling panel launching on 15 January 2027: read only
        Function<String, Map<String, Object>> earlyAccess = locale ->
                offerOf("C-GRACE", "2026-12-20T12:00:00Z", null, "L-CEILING", locale);
        assertThat(earlyAccess.apply("de")).containsEntry("kind", "EARLY_ACCESS");

        assertThat(earlyAccess.apply("de").get("message")).isEqualTo("Früher Zugang: Luma ceiling panel (€199.00) gehört "
                + "Ihnen vor allen anderen – Marktstart am 15. Januar 2027, 08:00 UTC.");
        assertThat(earlyAccess.apply("fr").get("message")).isEqualTo("Accès anticipé : Luma ceiling panel (€199.00) est à "
                + "vous avant tout le monde ; lancement le 15 janvier 2027, 08:00 UTC.");
        assertThat(earlyAccess.apply(null).get("message")).isEqualTo("Early access: Luma ceiling panel (€199.00) is yours "
                + "before everyone: it launches on 15 January 2027, 08:00 UTC.");
    }

    /** @param cart the page's context; null for none */
    private String offerMessage(Map<String, Object> cart, String sku, String locale) {
        return (String) offerOf(customer, AT, cart, sku, locale).get("message");
    }

    /** The offer of {@code sku}'s action on the customer's page, said in {@code locale} (null: not asked). */
    private Map<String, Object> offerOf(String customerId, String at, Map<String, Object> cart, String sku, String locale) {
        Map<String, Object> variables = new HashMap<>(Map.of("customerId", customerId, "at", at));
        if (cart != null) {
            variables.put("context", cart);
        }
        if (locale != null) {
            variables.put("locale", locale);
        }
        Map<String, Object> decision = ok(shop.execute("whatNextOffers", variables)).field("whatNext").getValue();
        return (Map<String, Object>) actionFor(decision, sku).get("offer");
    }

    /** A 24.10 EUR anchor paired with {@code addOn}: in the cart alone, it is 35.90 EUR short of free shipping. */
    private String anchorPairedWith(String addOn) {
        String anchor = unique("P-ANCHOR");
        Map<String, Object> input = new HashMap<>(Map.of("sku", anchor, "name", "Anchor", "price", 24.10, "margin", 0.5,
                "stock", 10, "complements", List.of(Map.of("sku", addOn, "strength", 0.9))));
        ok(shop.execute("upsertProduct", Map.of("input", input)));
        return anchor;
    }

    private static Map<String, Object> promotion(String id, String sku) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("name", "Test promotion");
        input.put("percentOff", 25.0);
        input.put("skus", List.of(sku));
        input.put("validFrom", "2026-11-01T00:00:00Z");
        input.put("validTo", "2026-12-01T00:00:00Z");
        return input;
    }
}
