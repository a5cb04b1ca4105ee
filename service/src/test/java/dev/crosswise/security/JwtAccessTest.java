package dev.crosswise.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The JWT option: with a key (here a public key file; in production an issuer URI) configured, bearer tokens are
 * accepted and their roles claim decides, through the same role table as API keys. Bad tokens are HTTP 401.
 */
class JwtAccessTest extends CrosswiseHttpTest {

    private static final KeyPair SIGNING = rsa();
    private static final KeyPair STRANGER = rsa();
    private static final String WHAT_NEXT = "{ whatNext(customerId: \"C-ADA\", at: \"2026-11-20T09:00:00Z\") { id } }";

    @DynamicPropertySource
    static void jwt(DynamicPropertyRegistry registry) throws IOException {
        Path pem = Files.createTempFile("crosswise-jwt", ".pem");
        pem.toFile().deleteOnExit();
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(SIGNING.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
        registry.add("crosswise.jwt-roles-claim", () -> "crosswise_roles");
    }

    @Test
    void aTokenWithTheAnalystRoleMayAskButNotChangeCustomers() {
        var analyst = bearer(token(SIGNING, java.util.List.of("analyst"), Instant.now().plusSeconds(300)));

        assertThat(analyst.document(WHAT_NEXT).executeSync().getErrors()).isEmpty();
        assertThat(analyst.document(upsert()).executeSync().getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
    }

    @Test
    void aRolesClaimGivenAsOneStringWorksToo() {
        var admin = bearer(token(SIGNING, "admin", Instant.now().plusSeconds(300)));

        assertThat(admin.document(upsert()).executeSync().getErrors()).isEmpty();
    }

    @Test
    void aTokenWithoutAKnownRoleIsUnauthorized() {
        var nobody = bearer(token(SIGNING, java.util.List.of("superuser"), Instant.now().plusSeconds(300)));

        assertThat(nobody.document(WHAT_NEXT).executeSync().getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
            assertThat(error.getMessage()).endsWith("X-API-Key header (or a bearer token)");
        });
    }

    @Test
    void anExpiredOrForeignTokenIsRefusedWith401() {
        assertThat(status(token(SIGNING, java.util.List.of("admin"), Instant.now().minusSeconds(600)))).isEqualTo(401);
        assertThat(status(token(STRANGER, java.util.List.of("admin"), Instant.now().plusSeconds(300)))).isEqualTo(401);
    }

    @Test
    void apiKeysKeepWorkingBesideTokens() {
        assertThat(graphQl(Role.FRONTEND).document(WHAT_NEXT).executeSync().getErrors()).isEmpty();
    }

    @Test
    void prometheusScrapesWithTheScrapeKeyOrAnAnalystTokenBesideJwt() {
        assertThat(scrapeStatus(PROMETHEUS_KEY)).isEqualTo(200);
        assertThat(scrapeStatus(token(SIGNING, "analyst", Instant.now().plusSeconds(300)))).isEqualTo(200);
        assertThat(scrapeStatus(token(SIGNING, "frontend", Instant.now().plusSeconds(300)))).isEqualTo(403);
        // anywhere else the scrape key is a bearer token that is no JWT
        assertThat(status(PROMETHEUS_KEY)).isEqualTo(401);
    }

    private int scrapeStatus(String token) {
        return RestClient.create(baseUrl()).get().uri("/actuator/prometheus").header("Authorization", "Bearer " + token)
                .exchange((request, response) -> response.getStatusCode().value());
    }

    /** A fresh test customer, like TestShop's, so the shared graph only gains what other tests ignore. */
    private static String upsert() {
        return "mutation { upsertCustomer(input: {id: \"" + TestShop.unique("C-TEST") + "\", name: \"Jwt probe\"}) { id } }";
    }

    private HttpSyncGraphQlClient bearer(String token) {
        return HttpSyncGraphQlClient.create(RestClient.builder().baseUrl(baseUrl() + "/graphql")
                .defaultHeader("Authorization", "Bearer " + token).build());
    }

    private int status(String token) {
        return RestClient.create(baseUrl()).post().uri("/graphql").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body("{\"query\": \"{ product(sku: \\\"W-SHO-OXF\\\") { name } }\"}")
                .exchange((request, response) -> response.getStatusCode().value());
    }

    private static String token(KeyPair key, Object roles, Instant expires) {
        try {
            var claims = new JWTClaimsSet.Builder().subject("someone@shop.example").claim("crosswise_roles", roles)
                    .issueTime(Date.from(Instant.now().minusSeconds(900))).expirationTime(Date.from(expires)).build();
            var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(key.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
