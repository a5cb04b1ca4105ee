package dev.crosswise.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * A request to {@code /graphql} that never reaches GraphQL — a body that is not JSON or has no query (400), a
 * customer token that is not valid (401), a GET (405), another Content-Type (415) — is answered by Spring's error
 * page. For {@code /graphql} that answer is a GraphQL response like any other: only {@code errors}, with a
 * classification and a message that says what to send, so that a frontend's GraphQL client shows something to act on
 * instead of a bare status (and a client of {@code application/graphql-response+json} gets the body the
 * GraphQL-over-HTTP specification promises it). Other paths keep Spring's error attributes.
 */
@Component
class HttpErrorsAsGraphQlErrors extends DefaultErrorAttributes {

    /** What a GraphQL request over HTTP looks like. */
    private static final String WHAT_TO_SEND = "send JSON such as {\"query\": \"{ whatNext(customerId: \\\"C-ADA\\\")"
            + " { actions { rank } } }\", \"variables\": {}} with Content-Type: application/json";
    private static final Pattern BEARER_ERROR = Pattern.compile("error_description=\"([^\"]*)\"");

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object path = request.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
        if (!(path instanceof String uri && uri.endsWith("/graphql") && attributes.get("status") instanceof Integer status)) {
            return attributes;
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message(status, request));
        error.put("extensions", Map.of("classification", switch (status) {
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        }));
        Map<String, Object> graphQlResponse = new LinkedHashMap<>();
        graphQlResponse.put("errors", List.of(error));
        return graphQlResponse;
    }

    private static String message(int status, WebRequest request) {
        return switch (status) {
            case 400 -> "The request body is not a GraphQL request: " + WHAT_TO_SEND;
            case 401 -> "The bearer token is not valid" + bearerError(request) + ": sign a new customer token, or send "
                    + "an API key in the X-API-Key header";
            case 405 -> "/graphql takes POST requests, not " + servletRequest(request).getMethod() + ": " + WHAT_TO_SEND;
            case 415 -> "Content-Type " + (request.getHeader("Content-Type") == null ? "missing"
                    : "'" + request.getHeader("Content-Type") + "'") + " is not accepted: " + WHAT_TO_SEND;
            default -> status >= 500 ? "The service failed to answer; try again, and report it if it persists"
                    : "The request was refused (HTTP " + status + ")";
        };
    }

    /** The reason the token filter gave in WWW-Authenticate (expired, bad signature...), if any. */
    private static String bearerError(WebRequest request) {
        if (request instanceof NativeWebRequest servlet && servlet.getNativeResponse() instanceof HttpServletResponse response
                && response.getHeader("WWW-Authenticate") != null) {
            Matcher description = BEARER_ERROR.matcher(response.getHeader("WWW-Authenticate"));
            if (description.find()) {
                return " (" + description.group(1) + ")";
            }
        }
        return "";
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return (HttpServletRequest) ((NativeWebRequest) request).getNativeRequest();
    }
}
