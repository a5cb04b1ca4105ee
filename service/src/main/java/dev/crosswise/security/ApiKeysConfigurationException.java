package dev.crosswise.security;

/**
 * {@code CROSSWISE_API_KEYS} cannot be used as it is: an entry that is not {@code key:role}, an unknown role, a key
 * too short or repeated — or no keys where the service may not make its own. The message names the entry by its
 * position, never the key itself; {@link ApiKeysFailureAnalyzer} turns it into the start's failure analysis.
 */
public class ApiKeysConfigurationException extends IllegalArgumentException {

    public ApiKeysConfigurationException(String message) {
        super(message);
    }
}
