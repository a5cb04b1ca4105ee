package dev.crosswise.response;

import java.time.OffsetDateTime;

/** GraphQL input {@code ResponseInput}; {@code responseId} defaults to {@code decisionId:sku:type}. */
public record ResponseInput(String responseId, String decisionId, String sku, ResponseType type, OffsetDateTime at) {

    String idOrDefault() {
        return responseId != null ? responseId : decisionId + ":" + sku + ":" + type;
    }
}
