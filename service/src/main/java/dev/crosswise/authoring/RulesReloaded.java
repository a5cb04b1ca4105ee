package dev.crosswise.authoring;

/**
 * A reload of the rules folder finished: {@code applied} when the new rules serve, false when the change was rejected
 * and the previous rules keep serving. Published for whoever keeps count (the telemetry package); a request that
 * waited for the same reload to finish publishes nothing of its own.
 */
public record RulesReloaded(boolean applied) {
}
