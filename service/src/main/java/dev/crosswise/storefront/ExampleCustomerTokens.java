package dev.crosswise.storefront;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.crosswise.api.BadRequestException;
import dev.crosswise.api.NotFoundException;
import dev.crosswise.security.AccessProperties;
import dev.crosswise.security.ApiKeys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * DEMO ONLY — what the shop's backend does in a real deployment when a customer logs in: sign a customer token for
 * the customer (README, "Keys safe in a browser") and hand the page's anonymous session to the customer
 * ({@link VisitorSessions#link}). The example page has no backend, so on the embedded demo this stands in for it,
 * for the demo seed's customers only. Registered with {@link StorefrontExample}, so it never exists with a
 * shop's own Neo4j or under the production profile; without CROSSWISE_STOREFRONT_JWT_SECRET it signs nothing.
 */
@RestController
@org.springframework.context.annotation.Conditional(StorefrontExample.OnEmbeddedDemo.class)
class ExampleCustomerTokens {

    /** The demo customers the page may log in as (seed/V002__customers.cypher). */
    static final Map<String, String> DEMO_CUSTOMERS = Map.of(
            "C-ADA", "Ada (bought a navy blazer yesterday)",
            "C-GRACE", "Grace (smart-lighting starter kit)");
    /** Short, as the README asks of a shop's own tokens: the page asks for a new one when it runs out. */
    static final Duration LIFETIME = Duration.ofMinutes(15);

    private final byte[] secret;
    private final ApiKeys keys;
    private final VisitorSessions visitors;

    ExampleCustomerTokens(AccessProperties access, ApiKeys keys, VisitorSessions visitors) {
        this.visitors = visitors;
        String configured = access.storefrontJwtSecret();
        this.secret = configured == null || configured.isBlank() ? null : configured.strip().getBytes(StandardCharsets.UTF_8);
        this.keys = keys;
    }

    /** What the page needs to start: the storefront key of this run when it was generated, and who may log in. */
    @GetMapping(StorefrontExample.PATH + "/config")
    ResponseEntity<Map<String, Object>> config() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("storefrontKey", keys.generatedStorefrontKey().orElse(null));
        config.put("customerTokens", secret != null);
        config.put("customers", DEMO_CUSTOMERS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(customer -> Map.of("id", customer.getKey(), "label", customer.getValue())).toList());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(config);
    }

    @GetMapping(StorefrontExample.PATH + "/token")
    ResponseEntity<Map<String, Object>> token(@RequestParam String customer,
                                              @RequestParam(required = false) String visitor) {
        if (secret == null) {
            return refuse(HttpStatus.NOT_FOUND, "No CROSSWISE_STOREFRONT_JWT_SECRET configured: the demo signs no "
                    + "customer tokens (set it to 32+ random bytes, e.g. openssl rand -base64 48)");
        }
        if (!DEMO_CUSTOMERS.containsKey(customer)) {
            return refuse(HttpStatus.FORBIDDEN, "The demo signs tokens for " + List.copyOf(DEMO_CUSTOMERS.keySet())
                    .stream().sorted().toList() + " only; a shop's backend signs them for its logged-in customer");
        }
        if (visitor != null && !VisitorIds.isWellFormed(visitor)) {
            return refuse(HttpStatus.BAD_REQUEST, VisitorIds.problem("visitor", visitor));
        }
        if (visitor != null) {
            try {
                visitors.link(visitor, customer);
            } catch (BadRequestException | NotFoundException refused) {
                return refuse(HttpStatus.BAD_REQUEST, refused.getMessage());
            }
        }
        Instant expires = Instant.now().plus(LIFETIME);
        try {
            var claims = new JWTClaimsSet.Builder().subject(customer).claim("roles", "storefront")
                    .issueTime(new Date()).expirationTime(Date.from(expires)).build();
            var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret));
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of(
                    "token", jwt.serialize(), "customerId", customer, "expiresAt", expires.toString(),
                    "demoOnly", "A shop's backend signs this token for its logged-in customer; this endpoint exists "
                            + "on the embedded demo only"));
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing a demo customer token failed", e);
        }
    }

    private static ResponseEntity<Map<String, Object>> refuse(HttpStatus status, String message) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(Map.of("message", message));
    }
}
