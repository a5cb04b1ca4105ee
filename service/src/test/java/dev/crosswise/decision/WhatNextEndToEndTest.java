package dev.crosswise.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** "What next" over real HTTP, for seeded customers. */
class WhatNextEndToEndTest extends CrosswiseHttpTest {

    @Test
    void adaIsOfferedTheRestOfHerOfficeLookRightAfterBuyingTheBlazer() {
        var response = whatNext(Map.of("customerId", "C-ADA", "at", "2026-11-20T09:00:00Z", "limit", 3));

        // Other tests derive co-purchase edges in the shared graph, so the oxfords' rank may move; their action may not.
        List<Map<String, Object>> actions = response.field("whatNext.actions").getValue();
        assertThat(actions).hasSize(3);
        Map<String, Object> oxfords = actions.stream()
                .filter(a -> ((Map<?, ?>) a.get("product")).get("sku").equals("W-SHO-OXF"))
                .findFirst().orElseThrow(() -> new AssertionError("no action for W-SHO-OXF in " + actions));
        assertThat(oxfords).containsEntry("strategy", "COMPLETION").containsEntry("moment", "POST_PURCHASE")
                .containsEntry("message", "Complete your Office look: Brown leather oxfords goes with your new Navy wool blazer");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reasons = (List<Map<String, Object>>) oxfords.get("reasons");
        assertThat(reasons).anySatisfy(reason -> {
            assertThat(reason).containsEntry("kind", "CANDIDATE").containsEntry("rule", "completion-gaps");
            assertThat(reason.get("path")).isEqualTo(List.of("Customer:C-ADA", "Product:W-BLZ-NAVY",
                    "Solution:office-look", "Product:W-SHO-OXF"));
        });
        assertThat(reasons).anySatisfy(reason -> assertThat(reason)
                .containsEntry("kind", "MOMENT")
                .containsEntry("rule", "Post-purchase: complete what was just bought"));
    }

    @Test
    void theOwnedShirtIsSuppressedByTheOwnershipGuardrail() {
        var response = whatNext(Map.of("customerId", "C-ADA", "at", "2026-11-20T09:00:00Z"));

        List<Map<String, Object>> suppressed = response.field("whatNext.suppressed").getValue();
        assertThat(suppressed).anySatisfy(s -> {
            assertThat(s.get("product")).isEqualTo(Map.of("sku", "W-SHT-WHITE"));
            assertThat(s).containsEntry("rule", "Never offer what the customer owns");
        });
    }

    @Test
    void aCartItemFromTheRequestContextIsNeverOffered() {
        var response = whatNext(Map.of("customerId", "C-ADA", "at", "2026-11-20T09:00:00Z",
                "context", Map.of("placement", "CART", "cartSkus", List.of("W-SHO-OXF"))));

        List<Map<String, Object>> actions = response.field("whatNext.actions").getValue();
        assertThat(actions).noneSatisfy(a -> assertThat(a.get("product")).isEqualTo(Map.of("sku", "W-SHO-OXF", "name", "Brown leather oxfords")));
        List<Map<String, Object>> suppressed = response.field("whatNext.suppressed").getValue();
        assertThat(suppressed).anySatisfy(s -> assertThat(s).containsEntry("rule", "Never offer what is in the cart"));
    }

    @Test
    void theSameCustomerAskedALaterTimeGetsNoPostPurchaseMoment() {
        var later = whatNext(Map.of("customerId", "C-ADA", "at", "2026-11-25T09:00:00Z"));

        List<Map<String, Object>> actions = later.field("whatNext.actions").getValue();
        assertThat(actions).isNotEmpty().allSatisfy(action -> assertThat(action.get("moment")).isNotEqualTo("POST_PURCHASE"));
        assertThat(text(later, "whatNext.at")).isEqualTo("2026-11-25T09:00:00Z");
    }

    @Test
    void aBrandNewCustomerGetsAFullListOfBestSellers() {
        String newcomer = new TestShop(graphQl).newCustomer();

        var response = whatNext(Map.of("customerId", newcomer, "at", "2026-11-20T09:00:00Z", "limit", 5));

        List<Map<String, Object>> actions = response.field("whatNext.actions").getValue();
        assertThat(actions).hasSize(5).allSatisfy(a -> assertThat(a).containsEntry("strategy", "POPULAR"));
        assertThat(reasons(actions.getFirst())).anySatisfy(reason -> assertThat(reason)
                .containsEntry("kind", "CANDIDATE").containsEntry("rule", "best-sellers"));
    }

    @Test
    void anAnonymousVisitorGetsAFullListOnTheWebAndIsToldWhatWasSkipped() {
        var response = whatNext(Map.of("at", "2026-11-20T09:00:00Z", "limit", 5));

        Object customer = response.field("whatNext.customer").getValue();
        assertThat(customer).isNull();
        List<Map<String, Object>> actions = response.field("whatNext.actions").getValue();
        assertThat(actions).hasSize(5).allSatisfy(a -> {
            assertThat(a).containsEntry("channel", "WEB");
            assertThat(reasons(a)).anySatisfy(reason -> assertThat(reason)
                    .containsEntry("rule", "anonymous-visitor").containsEntry("kind", "GUARDRAIL"));
        });
    }

    @Test
    void anAnonymousVisitorOnAProductPageIsOfferedWhatGoesWithItAndItsPremiumAlternative() {
        var response = whatNext(Map.of("at", "2026-11-20T09:00:00Z", "limit", 5,
                "context", Map.of("placement", "PRODUCT", "productSku", "R-SHOE-TEMPO")));

        List<Map<String, Object>> actions = response.field("whatNext.actions").getValue();
        assertThat(actions).hasSize(5);
        assertThat(skus(actions)).contains("R-GEL-BOX", "R-SHOE-CARBON").doesNotContain("R-SHOE-TEMPO");
        Map<String, Object> gels = actions.stream()
                .filter(a -> ((Map<?, ?>) a.get("product")).get("sku").equals("R-GEL-BOX")).findFirst().orElseThrow();
        assertThat(reasons(gels)).anySatisfy(reason -> {
            assertThat(reason).containsEntry("rule", "bought-together");
            assertThat((String) reason.get("text")).endsWith("the customer is looking at Pace Tempo running shoe");
            assertThat(reason.get("path")).isEqualTo(List.of("Product:R-SHOE-TEMPO", "Product:R-GEL-BOX"));
        });
    }

    @Test
    void anAnonymousCartGetsAddOnsAndNeverWhatIsInIt() {
        var response = whatNext(Map.of("at", "2026-11-20T09:00:00Z", "limit", 5,
                "context", Map.of("placement", "CART", "cartSkus", List.of("W-JNS-SELV"))));

        List<Map<String, Object>> actions = response.field("whatNext.actions").getValue();
        assertThat(actions).hasSize(5);
        assertThat(skus(actions)).contains("W-TEE-PIMA").doesNotContain("W-JNS-SELV");
    }

    @Test
    void anAnonymousVisitorCannotBeReachedByEmailNorByAnEmptyId() {
        var byEmail = whatNext(Map.of("channel", "EMAIL"));
        assertThat(byEmail.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getMessage()).contains("anonymous visitor").contains("WEB");
        });
        var blank = whatNext(Map.of("customerId", " "));
        assertThat(blank.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getMessage()).contains("customerId must not be blank");
        });
    }

    private static List<String> skus(List<Map<String, Object>> actions) {
        return actions.stream().map(a -> (String) ((Map<?, ?>) a.get("product")).get("sku")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reasons(Map<String, Object> action) {
        return (List<Map<String, Object>>) action.get("reasons");
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        var response = whatNext(Map.of("customerId", "C-NOBODY"));

        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
            assertThat(error.getMessage()).contains("C-NOBODY");
        });
    }

    @Test
    void aLimitOutsideOneToFiftyIsABadRequestNamingTheField() {
        for (int limit : new int[] {0, 51, -3}) {
            var response = whatNext(Map.of("customerId", "C-ADA", "limit", limit));

            assertThat(response.getErrors()).singleElement().satisfies(error -> {
                assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                assertThat(error.getMessage()).contains("limit");
                assertThat(error.getExtensions()).containsEntry("field", "limit");
            });
        }
    }

    @Test
    void aMalformedDateIsRejectedWithoutAStackTrace() {
        var response = whatNext(Map.of("customerId", "C-ADA", "at", "yesterday"));

        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getMessage()).contains("ISO-8601").doesNotContain("Exception").doesNotContain("at dev.");
        });
    }

    @Test
    void skusOfTheContextThatAreNotInTheCatalogAreLeftOutWithAWarningNotAnError() {
        var response = whatNext(Map.of("customerId", "C-ADA", "at", "2026-11-20T09:00:00Z",
                "context", Map.of("placement", "PRODUCT", "productSku", "W-NOPE", "cartSkus", List.of("W-TIE-SILK", "W-NOPE-2"))));

        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("whatNext.actions").<List<?>>getValue()).isNotEmpty();
        assertThat((List<Map<String, Object>>) response.getExtensions().get("warnings")).extracting(w -> w.get("field"))
                .containsExactly("context.productSku", "context.cartSkus[1]");
        assertThat(response.getExtensions().get("warnings").toString()).contains("Product 'W-NOPE' is not in the catalog");

        var known = whatNext(Map.of("customerId", "C-ADA", "at", "2026-11-20T09:00:00Z",
                "context", Map.of("placement", "CART", "cartSkus", List.of("W-TIE-SILK"))));
        assertThat(known.getExtensions()).doesNotContainKey("warnings");
    }

    @Test
    void aProductNotLaunchedYetAtTheDecisionTimeIsNoUnknownSku() {
        // L-GRADIENT launches on 2026-11-10: a decision as of November 1st does not offer it, but it is in the catalog
        var response = whatNext(Map.of("customerId", "C-ADA", "at", "2026-11-01T09:00:00Z",
                "context", Map.of("placement", "PRODUCT", "productSku", "L-GRADIENT")));

        assertThat(response.getErrors()).isEmpty();
        assertThat(response.getExtensions()).doesNotContainKey("warnings");
    }

    private static String text(ClientGraphQlResponse response, String path) {
        return response.field(path).getValue();
    }

    private ClientGraphQlResponse whatNext(Map<String, Object> variables) {
        return graphQl.documentName("whatNext").variables(variables).executeSync();
    }
}
