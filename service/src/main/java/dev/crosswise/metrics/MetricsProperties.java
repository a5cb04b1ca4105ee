package dev.crosswise.metrics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dayCacheTtl CROSSWISE_METRICS_DAY_CACHE_TTL: how long a whole day's figures are kept for the next report
 *                    (default 15 minutes; 0 = not kept). Writes through the service make a kept day stale at once;
 *                    this bounds how long a write made around the service (Cypher in Neo4j Browser, a bulk load)
 *                    goes unseen.
 */
@ConfigurationProperties("crosswise.metrics")
public record MetricsProperties(@DefaultValue("15m") Duration dayCacheTtl) {

    public MetricsProperties {
        if (dayCacheTtl.isNegative()) {
            throw new IllegalArgumentException("crosswise.metrics.day-cache-ttl must not be negative, got " + dayCacheTtl);
        }
    }
}
