package dev.crosswise.security;

/**
 * A secret setting ({@code CROSSWISE_PROMETHEUS_KEY}, {@code CROSSWISE_STOREFRONT_JWT_SECRET}) cannot be used as it
 * is: too short, or the same as another key. The message names the setting and what is wrong, never the secret;
 * {@code action} says how to make a good one. {@link SecretsFailureAnalyzer} turns it into the start's failure
 * analysis.
 */
public class SecretConfigurationException extends IllegalArgumentException {

    private final String setting;
    private final String action;

    public SecretConfigurationException(String setting, String message, String action) {
        super(message);
        this.setting = setting;
        this.action = action;
    }

    public String setting() {
        return setting;
    }

    public String action() {
        return action;
    }
}
