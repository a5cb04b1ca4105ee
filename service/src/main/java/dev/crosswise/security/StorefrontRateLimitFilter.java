package dev.crosswise.security;

import dev.crosswise.api.GraphQlResponseMediaType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds storefront callers — whose key or token anyone can copy from a page — to
 * {@code CROSSWISE_LIMITS_STOREFRONT_REQUESTS_PER_MINUTE}: per customer for a customer token, per client IP for the
 * storefront key. Over the limit the answer is HTTP 429 with {@code Retry-After} (seconds) and a GraphQL-shaped body
 * whose error is classified RATE_LIMITED, with the CORS headers a page of the shop needs to read it. Server roles
 * are not limited here.
 */
final class StorefrontRateLimitFilter extends OncePerRequestFilter {

    private final TokenBuckets buckets;
    /** The CORS configuration of /graphql (spring.graphql.cors), or null when off. */
    private final CorsConfiguration cors;

    StorefrontRateLimitFilter(TokenBuckets buckets, CorsConfiguration cors) {
        this.buckets = buckets;
        this.cors = cors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication(), false);
        if (caller.storefront()) {
            // behind a proxy the client's address comes from X-Forwarded-For only with server.forward-headers-strategy
            String who = caller.customerId() != null ? "customer " + caller.customerId() : "key " + request.getRemoteAddr();
            long wait = buckets.take(who);
            if (wait > 0) {
                tooManyRequests(request, response, wait);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void tooManyRequests(HttpServletRequest request, HttpServletResponse response, long wait) throws IOException {
        if (cors != null) {
            new DefaultCorsProcessor().processRequest(cors, request, response);
        }
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
        response.setContentType(GraphQlResponseMediaType.of(request).toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"errors\":[{\"message\":\"Too many requests from this storefront key or token; "
                + "try again in " + wait + " s\",\"extensions\":{\"classification\":\"RATE_LIMITED\",\"retryAfterSeconds\":"
                + wait + "}}]}");
    }
}
