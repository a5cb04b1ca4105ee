package dev.crosswise.bench.backtest;

import java.time.Instant;
import java.util.Set;

/**
 * A member the backtest asks about: Crosswise and the baselines rank for them as of {@code decisionAt}, and are scored
 * on the skus of their target basket.
 */
record TestMember(String customerId, Instant decisionAt, Set<String> target) {
}
