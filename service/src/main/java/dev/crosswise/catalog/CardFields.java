package dev.crosswise.catalog;

import dev.crosswise.api.BadRequestException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Currency;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a shop's page needs to draw a product card — an image, the product page, a short description, the currency of
 * the price — as {@code upsertProduct} takes it. Links are written into pages as they are, so only web links are
 * taken: an absolute http(s) URL, or a path of the shop's own site ({@code /images/...}); never {@code javascript:},
 * {@code data:} or a protocol-relative {@code //host}.
 */
final class CardFields {

    static final int MAX_URL_LENGTH = 2048;
    static final int MAX_DESCRIPTION_LENGTH = 2000;
    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    private CardFields() {
    }

    static void validate(ProductInput input) {
        link("imageUrl", input.imageUrl());
        link("url", input.url());
        if (input.description() != null && input.description().length() > MAX_DESCRIPTION_LENGTH) {
            throw new BadRequestException("input.description", "description must be at most " + MAX_DESCRIPTION_LENGTH
                    + " characters (a card's short text), got " + input.description().length());
        }
        if (input.currency() != null && !isCurrency(input.currency())) {
            throw new BadRequestException("input.currency", "currency must be an ISO 4217 code in capitals, such as "
                    + "EUR, USD or GBP, got '" + input.currency() + "'");
        }
    }

    /** The given card fields as node properties; an empty text becomes null, which removes the property. */
    static void changes(ProductInput input, Map<String, Object> changes) {
        text(changes, "imageUrl", input.imageUrl());
        text(changes, "url", input.url());
        text(changes, "description", input.description());
        if (input.currency() != null) {
            changes.put("currency", input.currency());
        }
    }

    private static void text(Map<String, Object> changes, String key, String value) {
        if (value != null) {
            changes.put(key, value.isBlank() ? null : value.strip());
        }
    }

    private static void link(String field, String value) {
        if (value == null || value.isBlank()) {
            return; // left out, or removed
        }
        if (!isWebLink(value.strip())) {
            throw new BadRequestException("input." + field, field + " must be an absolute http(s) URL "
                    + "(https://shop.example/p/42) or a path starting with / (/images/p42.svg), got '" + value + "'");
        }
    }

    static boolean isWebLink(String value) {
        if (value.length() > MAX_URL_LENGTH || value.chars().anyMatch(c -> Character.isWhitespace(c) || c < 0x20)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            if (value.startsWith("/")) {
                return !value.startsWith("//") && uri.getScheme() == null && uri.getRawAuthority() == null;
            }
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean isCurrency(String code) {
        if (!ISO_4217.matcher(code).matches()) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
