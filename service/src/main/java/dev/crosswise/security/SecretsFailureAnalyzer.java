package dev.crosswise.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start with an unusable secret setting ends with the setting, what is wrong with it and how to make a good one,
 * instead of the chain of bean-creation exceptions that led to it.
 */
class SecretsFailureAnalyzer extends AbstractFailureAnalyzer<SecretConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SecretConfigurationException cause) {
        return new FailureAnalysis("The service could not start because of " + cause.setting() + ": "
                + cause.getMessage() + ".", cause.action(), cause);
    }
}
