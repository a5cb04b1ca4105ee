package dev.crosswise.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start with an unusable {@code CROSSWISE_API_KEYS} ends with what is wrong and the form it takes, instead of the
 * chain of bean-creation exceptions that led to it.
 */
class ApiKeysFailureAnalyzer extends AbstractFailureAnalyzer<ApiKeysConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ApiKeysConfigurationException cause) {
        return new FailureAnalysis(
                "The service could not start because of its API keys: " + cause.getMessage() + ".",
                "Set CROSSWISE_API_KEYS to comma-separated key:role pairs, e.g. CROSSWISE_API_KEYS=\"$(openssl rand "
                        + "-hex 24):admin,$(openssl rand -hex 24):storefront\": each key at least "
                        + ApiKeys.MIN_KEY_LENGTH + " random characters and used once, each role one of "
                        + Role.names() + ". Or leave it empty and accept JWT bearer tokens instead "
                        + "(SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI); on the embedded default an empty "
                        + "value generates one key per role for the run.",
                cause);
    }
}
