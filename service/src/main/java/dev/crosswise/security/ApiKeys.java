package dev.crosswise.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The API keys clients send in {@code X-API-Key}, each with its role. Parsed from {@code CROSSWISE_API_KEYS}
 * ({@code key:role,key:role}) or generated at random. Only SHA-256 digests of the keys are kept, so a key never
 * sits in memory longer than needed and lookups do not compare secrets character by character.
 */
public final class ApiKeys {

    /** Long enough that guessing is hopeless; shorter keys stop the start. */
    static final int MIN_KEY_LENGTH = 16;

    private final Map<String, Role> roleByDigest;
    /** The storefront key generated for this run, or null when the keys were configured (only digests are kept). */
    private final String generatedStorefrontKey;

    private ApiKeys(Map<String, Role> roleByDigest, String generatedStorefrontKey) {
        this.roleByDigest = Map.copyOf(roleByDigest);
        this.generatedStorefrontKey = generatedStorefrontKey;
    }

    /**
     * Parses {@code key:role,key:role}; blank means no keys. A malformed entry, an unknown role or a short key is
     * a configuration error reported with its position (never with the key itself).
     */
    public static ApiKeys parse(String configured) {
        Map<String, Role> roles = new HashMap<>();
        if (configured == null || configured.isBlank()) {
            return new ApiKeys(roles, null);
        }
        String[] entries = configured.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            int position = i + 1;
            int colon = entry.lastIndexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new ApiKeysConfigurationException("CROSSWISE_API_KEYS entry " + (i + 1)
                        + " is not key:role (expected e.g. 'a-long-random-key:frontend')");
            }
            String key = entry.substring(0, colon).strip();
            String roleName = entry.substring(colon + 1);
            Role role = Role.parse(roleName).orElseThrow(() -> new ApiKeysConfigurationException(
                    "CROSSWISE_API_KEYS entry " + position + " has unknown role '" + roleName.strip() + "'; roles are "
                            + Role.names()));
            if (key.length() < MIN_KEY_LENGTH) {
                throw new ApiKeysConfigurationException("CROSSWISE_API_KEYS entry " + (i + 1) + " has a key of " + key.length()
                        + " characters; use at least " + MIN_KEY_LENGTH + " random characters");
            }
            if (roles.put(digest(key), role) != null) {
                throw new ApiKeysConfigurationException("CROSSWISE_API_KEYS entry " + (i + 1) + " repeats a key");
            }
        }
        return new ApiKeys(roles, null);
    }

    /** One fresh random key per role (256 bits from {@link SecureRandom}, URL-safe Base64). */
    public static Map<Role, String> generate() {
        SecureRandom random = new SecureRandom();
        Map<Role, String> keys = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            keys.put(role, role.name().toLowerCase(java.util.Locale.ROOT) + "-"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        return keys;
    }

    public static ApiKeys of(Map<Role, String> keys) {
        Map<String, Role> roles = new HashMap<>();
        keys.forEach((role, key) -> roles.put(digest(key), role));
        return new ApiKeys(roles, keys.get(Role.STOREFRONT));
    }

    /**
     * The storefront key generated for this run (embedded default without CROSSWISE_API_KEYS), for the example
     * storefront page to pick up: a storefront key is shipped in every page of a shop, so it is no secret. Empty
     * when the keys were configured.
     */
    public Optional<String> generatedStorefrontKey() {
        return Optional.ofNullable(generatedStorefrontKey);
    }

    public Optional<Role> roleOf(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(roleByDigest.get(digest(key)));
    }

    public boolean isEmpty() {
        return roleByDigest.isEmpty();
    }

    public int size() {
        return roleByDigest.size();
    }

    private static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
