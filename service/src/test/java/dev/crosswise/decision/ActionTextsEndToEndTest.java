package dev.crosswise.decision;

import static dev.crosswise.TestShop.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** An action's card over real HTTP: a headline beside the message, in the language asked for, and the product's card. */
class ActionTextsEndToEndTest extends CrosswiseHttpTest {

    private static final Map<String, Object> ADA_AFTER_THE_BLAZER = Map.of("customerId", "C-ADA",
            "at", "2026-11-20T09:00:00Z", "limit", 3);

    private TestShop shop;

    @BeforeEach
    void shop() {
        shop = new TestShop(graphQl);
    }

    @Test
    void anActionCarriesAHeadlineAndEverythingACardNeeds() {
        List<Map<String, Object>> actions = actions(whatNext(ADA_AFTER_THE_BLAZER));

        assertThat(actions.getFirst()).containsEntry("strategy", "COMPLETION").containsEntry("moment", "POST_PURCHASE")
                .containsEntry("headline", "Complete your Office look")
                .containsEntry("message", "Complete your Office look: Brown leather oxfords goes with your new Navy wool blazer")
                .containsEntry("product", Map.of("sku", "W-SHO-OXF", "name", "Brown leather oxfords", "price", 139.0,
                        "currency", "EUR", "imageUrl", "/images/products/apparel.svg", "url", "/products/W-SHO-OXF",
                        "description", "Goodyear-welted oxfords in brown calf leather."));
        assertThat(actions).allSatisfy(action -> assertThat((String) action.get("headline")).isNotBlank());
    }

    @Test
    void theLocaleSaysTheSameActionsInAnotherLanguage() {
        List<Map<String, Object>> english = actions(whatNext(ADA_AFTER_THE_BLAZER));
        List<Map<String, Object>> french = actions(whatNext(with(ADA_AFTER_THE_BLAZER, "locale", "fr-FR")));

        assertThat(french).extracting(a -> a.get("product")).isEqualTo(english.stream().map(a -> a.get("product")).toList());
        assertThat(french.getFirst()).containsEntry("headline", "Complétez votre Office look")
                .containsEntry("message", "Complétez votre Office look : Brown leather oxfords va avec votre Navy wool blazer");
        assertThat(actions(whatNext(with(ADA_AFTER_THE_BLAZER, "locale", "de"))).getFirst())
                .containsEntry("headline", "Vervollständigen Sie Ihr Office look");
    }

    @Test
    void aLocaleWithoutTextsIsAnsweredInEnglishWithAWarning() {
        var response = whatNext(with(ADA_AFTER_THE_BLAZER, "locale", "pt-BR"));

        assertThat(actions(response)).isEqualTo(actions(whatNext(ADA_AFTER_THE_BLAZER)));
        assertThat((List<Map<String, Object>>) response.getExtensions().get("warnings")).singleElement()
                .satisfies(warning -> {
                    assertThat(warning).containsEntry("field", "locale");
                    assertThat((String) warning.get("message")).contains("'pt-BR'", "English");
                });
        assertThat(whatNext(with(ADA_AFTER_THE_BLAZER, "locale", "en")).getExtensions()).doesNotContainKey("warnings");
    }

    @Test
    void decideSpeaksTheLocaleToo() {
        String newcomer = shop.newCustomer();

        var response = ok(shop.execute("decideCards", Map.of("customerId", newcomer, "at", "2026-11-20T09:00:00Z",
                "limit", 3, "locale", "fr")));

        List<Map<String, Object>> actions = response.field("decide.actions").getValue();
        assertThat(actions).isNotEmpty().allSatisfy(action -> {
            assertThat(action).containsEntry("strategy", "POPULAR");
            assertThat((String) action.get("headline")).isIn("Un favori de nos clients", "Tendance");
            assertThat((String) action.get("message")).endsWith(" : " + ((Map<?, ?>) action.get("product")).get("name"));
        });
    }

    private ClientGraphQlResponse whatNext(Map<String, Object> variables) {
        return ok(shop.execute("whatNextCards", variables));
    }

    private static List<Map<String, Object>> actions(ClientGraphQlResponse response) {
        return response.field("whatNext.actions").getValue();
    }

    private static Map<String, Object> with(Map<String, Object> variables, String key, Object value) {
        var copy = new java.util.HashMap<>(variables);
        copy.put(key, value);
        return copy;
    }
}
