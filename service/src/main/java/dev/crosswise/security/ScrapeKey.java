package dev.crosswise.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The key of a Prometheus server ({@code CROSSWISE_PROMETHEUS_KEY}): it reads {@code /actuator/prometheus} and
 * nothing else. It is not a {@link Role}: roles are ordered, each including the ones before it, and a scraper must
 * not be able to ask for a decision. Only its SHA-256 digest is kept, as for the API keys.
 */
final class ScrapeKey {

    /** The one authority a scrape key grants; not a {@code ROLE_}, so GraphQL sees no role in it. */
    static final String AUTHORITY = "PROMETHEUS_SCRAPE";

    static final ScrapeKey NONE = new ScrapeKey(null);
    private static final String SETTING = "CROSSWISE_PROMETHEUS_KEY";
    private static final String ACTION = "Set CROSSWISE_PROMETHEUS_KEY to a key of its own, at least "
            + ApiKeys.MIN_KEY_LENGTH + " random characters (e.g. CROSSWISE_PROMETHEUS_KEY=\"$(openssl rand -hex 24)\"), "
            + "and give the same key to the Prometheus server's scrape job (bearer token or X-API-Key); or leave it "
            + "empty to scrape with an admin key.";

    private final byte[] digest;

    private ScrapeKey(byte[] digest) {
        this.digest = digest;
    }

    /**
     * The configured key, or {@link #NONE} when blank. Too short, or also one of the API keys (which would give the
     * scraper that key's role everywhere), is a configuration error that stops the start.
     */
    static ScrapeKey parse(String configured, ApiKeys apiKeys) {
        if (configured == null || configured.isBlank()) {
            return NONE;
        }
        String key = configured.strip();
        if (key.length() < ApiKeys.MIN_KEY_LENGTH) {
            throw new SecretConfigurationException(SETTING, "it has " + key.length() + " characters; use at least "
                    + ApiKeys.MIN_KEY_LENGTH + " random characters", ACTION);
        }
        if (apiKeys.roleOf(key).isPresent()) {
            throw new SecretConfigurationException(SETTING, "it is also one of CROSSWISE_API_KEYS; give the "
                    + "Prometheus server a key of its own", ACTION);
        }
        return new ScrapeKey(digest(key));
    }

    boolean configured() {
        return digest != null;
    }

    /** Whether {@code presented} is this key; compared by digest, in constant time. */
    boolean matches(String presented) {
        return digest != null && presented != null && !presented.isEmpty()
                && MessageDigest.isEqual(digest, digest(presented.strip()));
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
