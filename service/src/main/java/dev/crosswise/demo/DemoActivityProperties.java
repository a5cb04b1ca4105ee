package dev.crosswise.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the demo shop gets its weeks of shop activity on first start (only where the demo seed is loaded).
 *
 * @param enabled CROSSWISE_DEMO_ACTIVITY_ENABLED: generate it once, after the seed files (default true)
 */
@ConfigurationProperties("crosswise.demo.activity")
public record DemoActivityProperties(@DefaultValue("true") boolean enabled) {
}
