package dev.crosswise.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the service.
 *
 * @param apiKeys        CROSSWISE_API_KEYS: {@code key:role,key:role}; empty on the embedded default = one random
 *                       key per role, generated and logged at start
 * @param jwtRolesClaim  CROSSWISE_JWT_ROLES_CLAIM: the JWT claim (a string or a list of strings) holding the roles,
 *                       when JWT bearer tokens are enabled by {@code spring.security.oauth2.resourceserver.jwt.*}
 * @param prometheusKey  CROSSWISE_PROMETHEUS_KEY: a key that may read {@code /actuator/prometheus} and nothing else,
 *                       for a Prometheus server; empty = none (the analyst and admin keys may scrape all the same)
 * @param storefrontJwtSecret CROSSWISE_STOREFRONT_JWT_SECRET: the secret (32 bytes or more) the shop's backend signs
 *                       customer tokens with (HS256, subject = the customer id): each grants the storefront role for
 *                       that customer only; empty = no customer tokens
 */
@ConfigurationProperties("crosswise")
public record AccessProperties(String apiKeys, @DefaultValue("roles") String jwtRolesClaim, String prometheusKey,
                               String storefrontJwtSecret) {
}
