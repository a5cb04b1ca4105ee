package dev.crosswise.catalog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long decisions may use product attributes they read before (see {@link CatalogCache}).
 *
 * @param maxAge CROSSWISE_CATALOG_MAX_AGE: with an external Neo4j, a product changed by another client is seen
 *               after this long at the latest; the embedded default reports every change, and ignores it
 */
@ConfigurationProperties("crosswise.catalog")
public record CatalogProperties(@DefaultValue("30s") Duration maxAge) {
}
