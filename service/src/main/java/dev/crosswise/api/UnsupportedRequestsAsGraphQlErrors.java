package dev.crosswise.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GET to {@code /graphql}, or a POST whose Content-Type is not JSON, is turned away by Spring for GraphQL with 405 or
 * 415 and an empty body. The answer keeps its status and gets GraphQL's {@code errors}, saying what to send instead:
 * a frontend's GraphQL client shows the message rather than a bare status.
 */
@Component
class UnsupportedRequestsAsGraphQlErrors extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().endsWith("/graphql");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (response.isCommitted() || (status != 405 && status != 415)) {
            return;
        }
        String message = status == 405
                ? "/graphql takes POST requests, not " + request.getMethod() + ": " + HttpErrorsAsGraphQlErrors.WHAT_TO_SEND
                : "Content-Type " + (request.getContentType() == null ? "missing" : "'" + request.getContentType() + "'")
                        + " is not accepted: " + HttpErrorsAsGraphQlErrors.WHAT_TO_SEND;
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), Map.of("errors", List.of(HttpErrorsAsGraphQlErrors.badRequest(message))));
    }
}
