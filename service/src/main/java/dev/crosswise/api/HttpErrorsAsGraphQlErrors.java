package dev.crosswise.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * A request to {@code /graphql} that never reaches GraphQL — a body that is not JSON (400), a GET (405), another
 * Content-Type (415) — is answered by Spring's error page. Its answer also carries {@code errors} as GraphQL does,
 * with a classification and a message that says what to send, so that a frontend's GraphQL client shows something to
 * act on instead of a bare status.
 */
@Component
class HttpErrorsAsGraphQlErrors extends DefaultErrorAttributes {

    /** What a GraphQL request over HTTP looks like. */
    private static final String WHAT_TO_SEND = "send JSON such as {\"query\": \"{ whatNext(customerId: \\\"C-ADA\\\")"
            + " { actions { rank } } }\", \"variables\": {}} with Content-Type: application/json";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = new LinkedHashMap<>(super.getErrorAttributes(request, options));
        Object path = request.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
        String message = path instanceof String uri && uri.endsWith("/graphql")
                && attributes.get("status") instanceof Integer status ? message(status, request) : null;
        if (message != null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("message", message);
            error.put("extensions", Map.of("classification", "BAD_REQUEST"));
            attributes.put("errors", List.of(error));
        }
        return attributes;
    }

    private static String message(int status, WebRequest request) {
        return switch (status) {
            case 400 -> "The request body is not a GraphQL request: " + WHAT_TO_SEND;
            case 405 -> "/graphql takes POST requests, not " + method(request) + ": " + WHAT_TO_SEND;
            case 415 -> "Content-Type " + (request.getHeader("Content-Type") == null ? "missing"
                    : "'" + request.getHeader("Content-Type") + "'") + " is not accepted: " + WHAT_TO_SEND;
            default -> null;
        };
    }

    private static String method(WebRequest request) {
        return request instanceof NativeWebRequest servlet
                && servlet.getNativeRequest() instanceof HttpServletRequest http
                ? http.getMethod() : "this method";
    }
}
