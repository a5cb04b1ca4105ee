package dev.crosswise.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the Prometheus server's key on {@code /actuator/prometheus}, and only there: anywhere else the key is
 * not looked at, so it opens nothing else (a GraphQL operation or another actuator endpoint answers as to a key we
 * never issued). Prometheus sends it as a bearer token ({@code authorization: credentials} in its scrape config);
 * {@code X-API-Key} works too.
 */
final class ScrapeKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String PATH = "/actuator/prometheus";
    static final RequestMatcher SCRAPE = PathPatternRequestMatcher.withDefaults().matcher(PATH);
    private static final String BEARER = "Bearer ";

    private final ScrapeKey key;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ScrapeKeyAuthenticationFilter(ScrapeKey key) {
        this.key = key;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SCRAPE.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (key.matches(presented(request))) {
            var context = contexts.createEmptyContext();
            context.setAuthentication(new Scraper());
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }

    /** The bearer token, or else the {@code X-API-Key} header. */
    static String presented(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length());
        }
        return request.getHeader(ApiKeyAuthenticationFilter.HEADER);
    }

    /** A Prometheus server: may scrape, nothing else. */
    private static final class Scraper extends AbstractAuthenticationToken {

        Scraper() {
            super(List.of(new SimpleGrantedAuthority(ScrapeKey.AUTHORITY)));
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return "prometheus-scraper";
        }
    }
}
