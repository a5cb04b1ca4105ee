package dev.crosswise.security;

import dev.crosswise.graph.Graph;
import dev.crosswise.graph.GraphProperties;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Access to the service. HTTP security authenticates (API key, or JWT when configured) and guards the actuator;
 * which GraphQL operation needs which role is decided per operation by {@link OperationGuard} from the one table
 * {@link OperationRoles}, so /graphql itself is open at the HTTP level and answers GraphQL errors.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // the campaign export job serves nothing
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * The configured keys; on the embedded default without any, one random key per role, logged once. An external
     * deployment without keys must use JWT: a service reachable by others never starts with keys nobody chose.
     */
    @Bean
    ApiKeys apiKeys(AccessProperties access, GraphProperties graph, ObjectProvider<JwtDecoder> jwt) {
        ApiKeys keys = ApiKeys.parse(access.apiKeys());
        if (!keys.isEmpty()) {
            log.info("{} API keys configured (CROSSWISE_API_KEYS)", keys.size());
            return keys;
        }
        if (graph.embedded()) {
            Map<Role, String> generated = ApiKeys.generate();
            StringBuilder text = new StringBuilder("No CROSSWISE_API_KEYS configured: generated keys for this run "
                    + "(send one in the X-API-Key header; they change at every start):");
            generated.forEach((role, key) -> text.append("\n    ").append(String.format("%-11s", role.name()
                    .toLowerCase(Locale.ROOT))).append(key));
            log.warn(text.toString());
            return ApiKeys.of(generated);
        }
        if (jwt.getIfAvailable() == null) {
            throw new ApiKeysConfigurationException("no CROSSWISE_API_KEYS configured and no JWT issuer: with an "
                    + "external Neo4j the service never makes keys of its own, so set CROSSWISE_API_KEYS=key:role,... "
                    + "(roles: " + Role.names() + ") or spring.security.oauth2.resourceserver.jwt.issuer-uri");
        }
        return keys;
    }

    /** The Prometheus server's own key (CROSSWISE_PROMETHEUS_KEY), if one is configured. */
    @Bean
    ScrapeKey scrapeKey(AccessProperties access, ApiKeys keys) {
        ScrapeKey key = ScrapeKey.parse(access.prometheusKey(), keys);
        if (key.configured()) {
            log.info("A Prometheus scrape key is configured (CROSSWISE_PROMETHEUS_KEY): it reads {} only",
                    ScrapeKeyAuthenticationFilter.PATH);
        }
        return key;
    }

    /** Customer tokens signed by the shop's backend (CROSSWISE_STOREFRONT_JWT_SECRET), if a secret is configured. */
    @Bean
    StorefrontTokens storefrontTokens(AccessProperties access) {
        StorefrontTokens tokens = StorefrontTokens.of(access.storefrontJwtSecret(), access.jwtRolesClaim());
        if (tokens.configured()) {
            log.info("Customer tokens accepted (CROSSWISE_STOREFRONT_JWT_SECRET): HS256, storefront role, bound to the subject");
        }
        return tokens;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiKeys keys, ScrapeKey scrapeKey, AccessProperties access,
                                            ObjectProvider<JwtDecoder> jwt, StorefrontTokens storefrontTokens,
                                            RequestLimits limits, ObjectProvider<GraphQlCorsProperties> cors)
            throws Exception {
        http.csrf(AbstractHttpConfigurer::disable) // no cookies, no sessions: every request carries its credential
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // a Prometheus server scrapes with the analyst key, or with a key that may do nothing else
                        .requestMatchers(ScrapeKeyAuthenticationFilter.SCRAPE).hasAnyAuthority(
                                Role.ANALYST.authority(), Role.ADMIN.authority(), ScrapeKey.AUTHORITY)
                        .requestMatchers("/actuator", "/actuator/**").hasRole(Role.ADMIN.name())
                        // the metrics report as CSV: who may ask Query.metrics
                        .requestMatchers("/reports/**").hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name())
                        // GraphQL: authorized per operation by OperationGuard; GraphiQL: a page without data
                        .anyRequest().permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys), AnonymousAuthenticationFilter.class);
        if (scrapeKey.configured()) {
            http.addFilterBefore(new ScrapeKeyAuthenticationFilter(scrapeKey), AnonymousAuthenticationFilter.class);
        }
        if (storefrontTokens.configured()) {
            http.addFilterBefore(new StorefrontTokenAuthenticationFilter(storefrontTokens), AnonymousAuthenticationFilter.class);
        }
        GraphQlCorsProperties corsProperties = cors.getIfAvailable();
        http.addFilterAfter(new StorefrontRateLimitFilter(
                new TokenBuckets(limits.storefrontRequestsPerMinute(), System::nanoTime),
                corsProperties == null ? null : corsProperties.toCorsConfiguration()), AnonymousAuthenticationFilter.class);
        if (jwt.getIfAvailable() != null) {
            log.info("JWT bearer tokens accepted; roles from claim '{}'", access.jwtRolesClaim());
            // The scrape key travels as a bearer token too; it is not a JWT, so it must not be judged as one. Nor is a
            // customer token the identity provider's: StorefrontTokenAuthenticationFilter judges it.
            var bearerTokens = new DefaultBearerTokenResolver();
            http.oauth2ResourceServer(server -> server.bearerTokenResolver(request -> {
                String token = bearerTokens.resolve(request);
                return ScrapeKeyAuthenticationFilter.SCRAPE.matches(request) && scrapeKey.matches(token)
                        || storefrontTokens.handles(token) ? null : token;
            }).jwt(tokens -> tokens.jwtAuthenticationConverter(
                    token -> new JwtAuthenticationToken(token, rolesOf(token, access.jwtRolesClaim()), token.getSubject()))));
        }
        return http.build();
    }

    /** Roles from a JWT claim holding a string ("admin", "analyst frontend") or a list of strings. */
    static List<SimpleGrantedAuthority> rolesOf(Jwt token, String claim) {
        Object value = token.getClaims().get(claim);
        List<String> names = switch (value) {
            case null -> List.of();
            case String text -> List.of(text.split("[\\s,]+"));
            case Collection<?> items -> items.stream().map(String::valueOf).toList();
            default -> List.of();
        };
        return names.stream().map(Role::parse).flatMap(java.util.Optional::stream).distinct()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(RequestLimits limits) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits.maxBodyBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    GraphQlRequestGuard graphQlRequestGuard(RequestLimits limits) {
        return new GraphQlRequestGuard(limits);
    }

    @Bean
    OperationGuard operationGuard(RequestLimits limits, ObjectProvider<JwtDecoder> jwt, StorefrontTokens storefrontTokens,
                                  Graph graph) {
        return new OperationGuard(limits, jwt.getIfAvailable() != null || storefrontTokens.configured(),
                new StorefrontScope(new DecisionOwners(graph)));
    }

    /**
     * No observation of the security filters: a timer per filter cost a decision more than its rules, and the request
     * is measured already ({@code http.server.requests}). Turned off here, the filter chain is not even wrapped.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
