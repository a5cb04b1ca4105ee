package dev.crosswise.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries a known key in {@code X-API-Key}. An unknown key leaves the request
 * anonymous and is remembered as a request attribute, so GraphQL can answer UNAUTHORIZED per operation (with
 * "invalid key" rather than "missing key") and HTTP endpoints answer 401.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";
    static final String INVALID_KEY_ATTRIBUTE = ApiKeyAuthenticationFilter.class.getName() + ".invalid";

    private final ApiKeys keys;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiKeyAuthenticationFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key != null) {
            var role = keys.roleOf(key.strip());
            if (role.isPresent()) {
                var context = contexts.createEmptyContext();
                context.setAuthentication(new ApiKeyAuthentication(role.get()));
                contexts.setContext(context);
            } else {
                request.setAttribute(INVALID_KEY_ATTRIBUTE, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }
}
