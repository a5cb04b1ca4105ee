package dev.crosswise.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTParser;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Collection;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Customer tokens ({@code CROSSWISE_STOREFRONT_JWT_SECRET}): JWTs the shop's backend signs with HS256 and a secret it
 * shares with Crosswise, for the page of one logged-in customer. The subject is the customer id; an expiry is
 * required; the token grants the storefront role and nothing more, whatever it claims, so the shared secret can never
 * mint a server role. Tokens of an identity provider ({@code spring.security.oauth2.resourceserver.jwt.*}) are
 * signed with a private key (RS256, ES256...), so the algorithm tells the two apart.
 */
final class StorefrontTokens {

    /** HS256 wants a key of at least 256 bits. */
    static final int MIN_SECRET_LENGTH = 32;

    static final StorefrontTokens NONE = new StorefrontTokens(null, null);

    private final NimbusJwtDecoder decoder;
    private final String rolesClaim;

    private StorefrontTokens(NimbusJwtDecoder decoder, String rolesClaim) {
        this.decoder = decoder;
        this.rolesClaim = rolesClaim;
    }

    /** The configured secret's tokens, or {@link #NONE} when blank; a short secret stops the start. */
    static StorefrontTokens of(String secret, String rolesClaim) {
        if (secret == null || secret.isBlank()) {
            return NONE;
        }
        byte[] key = secret.strip().getBytes(StandardCharsets.UTF_8);
        if (key.length < MIN_SECRET_LENGTH) {
            throw new SecretConfigurationException("CROSSWISE_STOREFRONT_JWT_SECRET", "it has " + key.length
                    + " bytes; HS256 needs at least " + MIN_SECRET_LENGTH + " random bytes",
                    "Set CROSSWISE_STOREFRONT_JWT_SECRET to at least " + MIN_SECRET_LENGTH + " random bytes, e.g. "
                            + "CROSSWISE_STOREFRONT_JWT_SECRET=\"$(openssl rand -base64 48)\", the same secret the "
                            + "shop's backend signs its customer tokens with; or leave it empty to accept no customer "
                            + "tokens.");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(),
                new JwtClaimValidator<Object>("exp", exp -> exp != null),
                new JwtClaimValidator<String>("sub", sub -> sub != null && !sub.isBlank())));
        return new StorefrontTokens(decoder, rolesClaim);
    }

    boolean configured() {
        return decoder != null;
    }

    /** Whether {@code token} is one of ours to check: configured, and a JWT signed with HS256. */
    boolean handles(String token) {
        if (decoder == null || token == null) {
            return false;
        }
        try {
            return JWSAlgorithm.HS256.equals(JWTParser.parse(token).getHeader().getAlgorithm());
        } catch (ParseException e) {
            return false;
        }
    }

    /**
     * The verified token: signature, expiry and subject checked, and a roles claim, when present, naming storefront
     * only (a token claiming more is a mistake worth saying, not a role to drop in silence).
     *
     * @throws JwtException when it is not valid
     */
    Jwt decode(String token) {
        Jwt jwt = decoder.decode(token);
        Object roles = jwt.getClaims().get(rolesClaim);
        List<String> names = switch (roles) {
            case null -> List.of();
            case String text -> List.of(text.strip().split("[\\s,]+"));
            case Collection<?> items -> items.stream().map(String::valueOf).toList();
            default -> List.of(String.valueOf(roles));
        };
        if (names.stream().anyMatch(name -> !name.isBlank() && Role.parse(name).orElse(null) != Role.STOREFRONT)) {
            throw new JwtException("A token signed with CROSSWISE_STOREFRONT_JWT_SECRET grants the storefront role "
                    + "only; its '" + rolesClaim + "' claim names " + names);
        }
        return jwt;
    }
}
