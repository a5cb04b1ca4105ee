package dev.crosswise.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring for GraphQL turns a GET to {@code /graphql}, or a POST whose Content-Type is not JSON, away with 405 or 415
 * and an empty body, not as an error: this sends those to the error page, where {@link HttpErrorsAsGraphQlErrors}
 * says what to send, as for every other request that never reaches GraphQL. Status and headers ({@code Allow}) stay.
 */
@Component
class UnsupportedRequestsAsGraphQlErrors extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().endsWith("/graphql");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (!response.isCommitted() && (status == 405 || status == 415)) {
            response.sendError(status);
        }
    }
}
