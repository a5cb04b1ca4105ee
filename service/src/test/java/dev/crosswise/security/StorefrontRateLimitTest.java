package dev.crosswise.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/** A storefront caller over CROSSWISE_LIMITS_STOREFRONT_REQUESTS_PER_MINUTE gets 429 with Retry-After; servers do not. */
class StorefrontRateLimitTest extends CrosswiseHttpTest {

    private static final int LIMIT = 5;

    @DynamicPropertySource
    static void lowLimit(DynamicPropertyRegistry registry) {
        registry.add("crosswise.limits.storefront-requests-per-minute", () -> LIMIT);
    }

    @Test
    void aCustomerTokenOverTheLimitGets429WithRetryAfterAndAnotherCustomerDoesNot() {
        String token = CustomerTokens.forCustomer("C-RATE-" + System.nanoTime());
        for (int i = 0; i < LIMIT; i++) {
            assertThat(post("Authorization", "Bearer " + token).getStatusCode().value()).as("request %d", i).isEqualTo(200);
        }
        var limited = post("Authorization", "Bearer " + token);

        assertThat(limited.getStatusCode().value()).isEqualTo(429);
        assertThat(Long.parseLong(limited.getHeaders().getFirst("Retry-After"))).isBetween(1L, 60L);
        assertThat(limited.getHeaders().getAccessControlAllowOrigin()).as("the shop's page may read it").isEqualTo(SHOP_ORIGIN);
        assertThat(limited.getBody()).contains("\"classification\":\"RATE_LIMITED\"");

        String another = CustomerTokens.forCustomer("C-RATE-OTHER-" + System.nanoTime());
        assertThat(post("Authorization", "Bearer " + another).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theStorefrontKeyIsLimitedPerClientAndServerKeysAreNot() {
        int limited = 0;
        for (int i = 0; i < LIMIT + 2; i++) {
            limited += post("X-API-Key", STOREFRONT_KEY).getStatusCode().value() == 429 ? 1 : 0;
        }
        assertThat(limited).isPositive();
        for (int i = 0; i < LIMIT + 2; i++) {
            assertThat(post("X-API-Key", FRONTEND_KEY).getStatusCode().value()).isEqualTo(200);
        }
    }

    /** The 429 is a GraphQL response like the others: only errors, in the media type the client asked for. */
    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/graphql-response+json"})
    void theAnswerOver429IsAGraphQlResponseInTheMediaTypeAskedFor(String accept) {
        String token = CustomerTokens.forCustomer("C-RATE-TYPE-" + System.nanoTime());
        ResponseEntity<String> limited = null;
        for (int i = 0; i <= LIMIT; i++) {
            limited = post("Authorization", "Bearer " + token, accept);
        }

        assertThat(limited.getStatusCode().value()).isEqualTo(429);
        assertThat(limited.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType(accept))).isTrue();
        assertThat(JsonParserFactory.getJsonParser().parseMap(limited.getBody()).keySet()).containsExactly("errors");
    }

    private ResponseEntity<String> post(String header, String value) {
        return post(header, value, MediaType.APPLICATION_JSON_VALUE);
    }

    private ResponseEntity<String> post(String header, String value, String accept) {
        return RestClient.create(baseUrl()).post().uri("/graphql").header(header, value).header("Origin", SHOP_ORIGIN)
                .header("Accept", accept)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("query", "{ whatNext { id } }"))
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .headers(response.getHeaders()).body(new String(response.getBody().readAllBytes())));
    }
}
