package dev.crosswise.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.crosswise.CrosswiseHttpTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Customer tokens as a shop's backend signs them (nimbus-jose-jwt, HS256), with the test secret unless told. */
final class CustomerTokens {

    private CustomerTokens() {
    }

    /** A token for {@code customerId}, valid for 15 minutes, with the storefront role. */
    static String forCustomer(String customerId) {
        return sign(CrosswiseHttpTest.STOREFRONT_JWT_SECRET, customerId, List.of("storefront"), Instant.now().plusSeconds(900));
    }

    static String sign(String secret, String subject, Object roles, Instant expires) {
        try {
            var claims = new JWTClaimsSet.Builder().subject(subject).issueTime(new Date())
                    .expirationTime(expires == null ? null : Date.from(expires));
            if (roles != null) {
                claims.claim("roles", roles);
            }
            var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
