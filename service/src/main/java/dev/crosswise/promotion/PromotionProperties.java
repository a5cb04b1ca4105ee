package dev.crosswise.promotion;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long decisions use the promotions they read before (see {@link Promotions}).
 *
 * @param maxAge CROSSWISE_PROMOTIONS_MAX_AGE: a promotion changed outside this service (Neo4j Browser, another
 *               instance), and the budget its recorded offers used, are seen after this long at the latest
 */
@ConfigurationProperties("crosswise.promotions")
public record PromotionProperties(@DefaultValue("30s") Duration maxAge) {
}
