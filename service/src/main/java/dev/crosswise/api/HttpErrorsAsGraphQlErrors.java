package dev.crosswise.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * A request to {@code /graphql} whose body is not JSON never reaches GraphQL: Spring's error page answers it. Its
 * answer also carries {@code errors} as GraphQL does, with a classification and a message that says what to send, so
 * that a frontend's GraphQL client shows something to act on instead of "Bad Request".
 */
@Component
class HttpErrorsAsGraphQlErrors extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = new LinkedHashMap<>(super.getErrorAttributes(request, options));
        Object path = request.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
        Object status = attributes.get("status");
        if (path instanceof String uri && uri.endsWith("/graphql") && Integer.valueOf(400).equals(status)) {
            attributes.put("errors", List.of(badRequest("The request body is not a GraphQL request: " + WHAT_TO_SEND)));
        }
        return attributes;
    }

    /** What a GraphQL request over HTTP looks like. */
    static final String WHAT_TO_SEND = "send JSON such as {\"query\": \"{ whatNext(customerId: \\\"C-ADA\\\") { actions"
            + " { rank } } }\", \"variables\": {}} with Content-Type: application/json";

    static Map<String, Object> badRequest(String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", Map.of("classification", "BAD_REQUEST"));
        return error;
    }
}
