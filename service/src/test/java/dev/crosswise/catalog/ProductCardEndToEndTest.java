package dev.crosswise.catalog;

import static dev.crosswise.TestShop.ok;
import static dev.crosswise.TestShop.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** What a shop's page draws a product card with: picture, page, description and currency, over real HTTP. */
class ProductCardEndToEndTest extends CrosswiseHttpTest {

    private TestShop shop;

    @BeforeEach
    void shop() {
        shop = new TestShop(graphQl);
    }

    @Test
    void everyDemoProductHasACardWhosePictureTheServiceServes() {
        Map<String, Object> blazer = card("W-BLZ-NAVY");

        assertThat(blazer).containsEntry("currency", "EUR").containsEntry("url", "/products/W-BLZ-NAVY")
                .containsEntry("imageUrl", "/images/products/apparel.svg")
                .containsEntry("description", "A single-breasted blazer in navy wool: the centre of an office look.");
        assertThat(card("L-BRIDGE")).containsEntry("imageUrl", "/images/products/lighting.svg");
    }

    @Test
    void thePlaceholderPictureIsServedWithoutAKey() {
        var response = RestClient.create(baseUrl()).get().uri("/images/products/running.svg").retrieve()
                .toEntity(String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.valueOf("image/svg+xml"))).isTrue());
        assertThat(response.getBody()).startsWith("<svg");
    }

    @Test
    void aProductWithoutCardDataIsPricedInEuros() {
        String sku = shop.newProduct(10);

        assertThat(card(sku)).containsEntry("currency", "EUR").containsEntry("imageUrl", null)
                .containsEntry("url", null).containsEntry("description", null);
    }

    @Test
    void upsertProductWritesTheCardAndAnEmptyTextRemovesIt() {
        String sku = shop.newProduct(10);

        Map<String, Object> written = ok(upsert(Map.of("sku", sku, "imageUrl", "https://cdn.shop.example/p/1.jpg",
                "url", "/p/trail-shoe", "description", "Grippy and light.", "currency", "GBP")))
                .field("upsertProduct").getValue();
        assertThat(written).containsEntry("imageUrl", "https://cdn.shop.example/p/1.jpg")
                .containsEntry("url", "/p/trail-shoe").containsEntry("description", "Grippy and light.")
                .containsEntry("currency", "GBP");
        assertThat(card(sku)).isEqualTo(written);

        Map<String, Object> cleared = ok(upsert(Map.of("sku", sku, "description", "", "price", 12.0)))
                .field("upsertProduct").getValue();
        assertThat(cleared).containsEntry("description", null).containsEntry("imageUrl", "https://cdn.shop.example/p/1.jpg")
                .containsEntry("currency", "GBP").containsEntry("price", 12.0);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "imageUrl    | javascript:alert(1)",
            "imageUrl    | //evil.example/x.png",
            "imageUrl    | images/relative.png",
            "url         | ftp://shop.example/p/1",
            "url         | https://",
            "url         | /p/with space",
            "currency    | eur",
            "currency    | EURO",
            "currency    | XYZ",
    })
    void aCardFieldThatIsNotAWebLinkOrACurrencyIsABadRequestNamingIt(String field, String value) {
        String sku = shop.newProduct(10);

        ClientGraphQlResponse response = upsert(Map.of("sku", sku, field, value));

        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getExtensions()).containsEntry("field", "input." + field);
        });
        assertThat(card(sku)).containsEntry(field, field.equals("currency") ? "EUR" : null);
    }

    @Test
    void aNewProductMayComeWithItsCard() {
        String sku = unique("P-CARD");
        Map<String, Object> input = new HashMap<>(Map.of("sku", sku, "name", "Card test", "price", 5.0, "margin", 0.5,
                "imageUrl", "/images/products/gifts.svg", "currency", "USD"));

        assertThat((Map<String, Object>) ok(upsert(input)).field("upsertProduct").getValue())
                .containsEntry("imageUrl", "/images/products/gifts.svg").containsEntry("currency", "USD");
    }

    private Map<String, Object> card(String sku) {
        return ok(shop.execute("productCard", Map.of("sku", sku))).field("product").getValue();
    }

    private ClientGraphQlResponse upsert(Map<String, Object> input) {
        return shop.execute("upsertProductCard", Map.of("input", input));
    }
}
