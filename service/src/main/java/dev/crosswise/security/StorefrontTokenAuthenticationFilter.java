package dev.crosswise.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a customer token ({@link StorefrontTokens}) sent as {@code Authorization: Bearer}: the caller gets
 * the storefront role, bound to the token's subject. A token that is ours but not valid (expired, badly signed,
 * claiming a server role) is HTTP 401 with {@code WWW-Authenticate: Bearer error="invalid_token"}, as for the
 * identity provider's tokens. Other bearer tokens are left to the resource server, if one is configured.
 */
final class StorefrontTokenAuthenticationFilter extends OncePerRequestFilter {

    private final StorefrontTokens tokens;
    private final DefaultBearerTokenResolver bearerTokens = new DefaultBearerTokenResolver();
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    StorefrontTokenAuthenticationFilter(StorefrontTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token;
        try {
            token = bearerTokens.resolve(request);
        } catch (RuntimeException malformed) {
            token = null; // the resource server (if any) answers a malformed Authorization header
        }
        if (tokens.handles(token)) {
            Jwt jwt;
            try {
                jwt = tokens.decode(token);
            } catch (JwtException invalid) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\", error_description=\""
                        + invalid.getMessage().replace('"', '\'') + "\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            var context = contexts.createEmptyContext();
            context.setAuthentication(new JwtAuthenticationToken(jwt,
                    List.of(new SimpleGrantedAuthority(Role.STOREFRONT.authority())), jwt.getSubject()));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
