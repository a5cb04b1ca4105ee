package dev.crosswise.catalog;

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
import org.springframework.graphql.client.ClientGraphQlResponse;

/** upsertProduct over real HTTP: create, update, relationships replaced, validation. */
class UpsertProductEndToEndTest extends CrosswiseHttpTest {

    private TestShop shop;
    private String category;
    private String family;
    private String upgrade;
    private String complement;

    /** A category and family of this test's own (the taxonomy comes from seed files, not from the API). */
    @BeforeEach
    void ownTaxonomyAndRelatedProducts() {
        shop = new TestShop(graphQl);
        category = unique("cat");
        family = unique("fam");
        TestGraph.get().graph().write("CREATE (:Category {id: $category, name: 'Test'}), (:Family {id: $family, name: 'Test'})",
                Map.of("category", category, "family", family));
        upgrade = shop.newProduct(200);
        complement = shop.newProduct(10);
    }

    @Test
    void aNewProductIsCreatedWithItsRelationshipsAndShownAsTheApiType() {
        String sku = unique("P");
        var created = ok(upsert(full(sku))).field("upsertProduct").getValue();

        assertThat((Map<String, Object>) created).containsEntry("sku", sku).containsEntry("name", "Trail shoe")
                .containsEntry("price", 120.0).containsEntry("margin", 0.4).containsEntry("stock", 7)
                .containsEntry("category", category).containsEntry("family", family).containsEntry("level", "ENTRY")
                .containsEntry("premium", false).containsEntry("consumable", false).containsEntry("season", "AUTUMN")
                .containsEntry("minTier", "SILVER").containsEntry("giftable", true)
                .containsEntry("launchedAt", "2026-09-01T08:00:00Z")
                .containsEntry("upgradesTo", List.of(Map.of("sku", upgrade)))
                .containsEntry("complements", List.of(Map.of("product", Map.of("sku", complement), "strength", 0.7)));
        assertThat((Map<String, Object>) ok(shop.execute("productState", Map.of("sku", sku))).field("product").getValue())
                .isEqualTo(created);
        assertThat(count("MATCH (p:Product {sku: $sku}) WHERE p.ageFrom = 4 AND p.ageTo = 6 RETURN count(p)",
                Map.of("sku", sku))).isOne();
    }

    @Test
    void upsertingTheSameProductAgainChangesNothing() {
        String sku = unique("P");
        Object first = ok(upsert(full(sku))).field("upsertProduct").getValue();

        Object second = ok(upsert(full(sku))).field("upsertProduct").getValue();

        assertThat(second).isEqualTo(first);
        assertThat(count("MATCH (p:Product {sku: $sku}) RETURN count(p)", Map.of("sku", sku))).isOne();
        assertThat(count("MATCH (:Product {sku: $sku})-[r]->() RETURN count(r)", Map.of("sku", sku))).isEqualTo(4);
    }

    @Test
    void anUpdateKeepsWhatItLeavesOutAndReplacesTheRelationshipsItGives() {
        String sku = unique("P");
        ok(upsert(full(sku)));
        String otherCategory = unique("cat");
        TestGraph.get().graph().write("CREATE (:Category {id: $id, name: 'Other'})", Map.of("id", otherCategory));

        Map<String, Object> updated = ok(upsert(Map.of("sku", sku, "price", 99.0, "stock", 0, "category", otherCategory,
                "upgradesTo", List.of(), "complements", List.of()))).field("upsertProduct").getValue();

        assertThat(updated).containsEntry("price", 99.0).containsEntry("stock", 0).containsEntry("category", otherCategory)
                .containsEntry("name", "Trail shoe").containsEntry("margin", 0.4).containsEntry("family", family)
                .containsEntry("upgradesTo", List.of()).containsEntry("complements", List.of());
        assertThat(count("MATCH (:Product {sku: $sku})-[r:IN_CATEGORY]->() RETURN count(r)", Map.of("sku", sku))).isOne();
    }

    @Test
    void aProductChangedWithUpsertProductReachesTheNextDecisionAtOnce() {
        String paired = shop.newProduct(10);
        String anchor = unique("P");
        ok(upsert(Map.of("sku", anchor, "name", "Anchor", "price", 50.0, "margin", 0.5, "stock", 5,
                "complements", List.of(Map.of("sku", paired, "strength", 0.9)))));
        String customer = shop.newCustomer();
        shop.purchase(customer, anchor, unique("O"), "2026-11-01T10:00:00Z");
        assertThat(productsDecidedOn(customer)).containsEntry(paired, "Test product " + paired);

        ok(upsert(Map.of("sku", paired, "name", "Renamed pairing")));

        assertThat(productsDecidedOn(customer)).containsEntry(paired, "Renamed pairing");
    }

    /** Sku to name of every product a decision offered or suppressed. */
    @SuppressWarnings("unchecked")
    private Map<String, String> productsDecidedOn(String customer) {
        Map<String, Object> decision = ok(graphQl.document("""
                query($id: ID!) { whatNext(customerId: $id, at: "2026-11-20T10:00:00Z", limit: 10) {
                  actions { product { sku name } } suppressed { product { sku name } } } }""")
                .variable("id", customer).executeSync()).field("whatNext").getValue();
        Map<String, String> products = new HashMap<>();
        for (String list : List.of("actions", "suppressed")) {
            for (Map<String, Object> entry : (List<Map<String, Object>>) decision.get(list)) {
                Map<String, Object> product = (Map<String, Object>) entry.get("product");
                products.put((String) product.get("sku"), (String) product.get("name"));
            }
        }
        return products;
    }

    @Test
    void invalidValuesAreBadRequestsNamingTheField() {
        String sku = unique("P");
        assertError(upsert(with(full(sku), "price", -1.0)), "BAD_REQUEST", "input.price");
        assertError(upsert(with(full(sku), "margin", 1.5)), "BAD_REQUEST", "input.margin");
        assertError(upsert(with(full(sku), "stock", -2)), "BAD_REQUEST", "input.stock");
        assertError(upsert(with(full(sku), "upgradesTo", List.of(sku))), "BAD_REQUEST", "input.upgradesTo");
        assertError(upsert(with(full(sku), "complements", List.of(Map.of("sku", complement, "strength", 2.0)))),
                "BAD_REQUEST", "input.complements[0].strength");
        assertError(upsert(Map.of("sku", sku, "name", "No price")), "BAD_REQUEST", "input.price");
        assertThat(count("MATCH (p:Product {sku: $sku}) RETURN count(p)", Map.of("sku", sku))).isZero();
    }

    @Test
    void unknownRelatedNodesAreNotFoundNamingTheFieldAndNothingIsWritten() {
        String sku = unique("P");
        assertError(upsert(with(full(sku), "category", "no-such-category")), "NOT_FOUND", "input.category");
        assertError(upsert(with(full(sku), "family", "no-such-family")), "NOT_FOUND", "input.family");
        assertError(upsert(with(full(sku), "upgradesTo", List.of("P-NOWHERE"))), "NOT_FOUND", "input.upgradesTo");
        assertError(upsert(with(full(sku), "complements", List.of(Map.of("sku", "P-NOWHERE", "strength", 0.5)))),
                "NOT_FOUND", "input.complements");
        assertThat(count("MATCH (p:Product {sku: $sku}) RETURN count(p)", Map.of("sku", sku))).isZero();
    }

    private Map<String, Object> full(String sku) {
        Map<String, Object> input = new HashMap<>();
        input.put("sku", sku);
        input.put("name", "Trail shoe");
        input.put("price", 120.0);
        input.put("margin", 0.4);
        input.put("stock", 7);
        input.put("category", category);
        input.put("family", family);
        input.put("level", "ENTRY");
        input.put("season", "AUTUMN");
        input.put("minTier", "SILVER");
        input.put("giftable", true);
        input.put("ageFrom", 4);
        input.put("ageTo", 6);
        input.put("launchedAt", "2026-09-01T08:00:00+00:00");
        input.put("upgradesTo", List.of(upgrade));
        input.put("complements", List.of(Map.of("sku", complement, "strength", 0.7)));
        return input;
    }

    private static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
        input.put(field, value);
        return input;
    }

    private ClientGraphQlResponse upsert(Map<String, Object> input) {
        return shop.execute("upsertProduct", Map.of("input", input));
    }

    private static void assertError(ClientGraphQlResponse response, String classification, String field) {
        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo(classification);
            assertThat(error.getExtensions()).containsEntry("field", field);
        });
    }
}
