package dev.crosswise.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The media type of an answer to {@code /graphql} written outside Spring for GraphQL (a body over the size limit, a
 * storefront over its rate): the first of {@code application/graphql-response+json} and {@code application/json} the
 * client accepts, in the order it lists them, else {@code application/json} — as Spring for GraphQL picks it for its
 * own answers, so a client gets every answer in the type it asked for.
 */
public final class GraphQlResponseMediaType {

    public static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    private GraphQlResponseMediaType() {
    }

    public static MediaType of(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return MediaType.APPLICATION_JSON;
        }
        try {
            for (MediaType type : MediaType.parseMediaTypes(List.of(accept))) {
                if (type.equalsTypeAndSubtype(GRAPHQL_RESPONSE)) {
                    return GRAPHQL_RESPONSE;
                }
                if (type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
                    return MediaType.APPLICATION_JSON;
                }
            }
        } catch (InvalidMediaTypeException malformed) {
            // answer in the default type rather than not at all
        }
        return MediaType.APPLICATION_JSON;
    }
}
