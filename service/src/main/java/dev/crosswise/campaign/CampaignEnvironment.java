package dev.crosswise.campaign;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** A campaign export is a batch job: when one is asked for, the service starts without its web server. */
class CampaignEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String export = environment.getProperty("crosswise.campaign.export");
        if (export != null && !export.isBlank()) {
            environment.getPropertySources().addFirst(new MapPropertySource("crosswise-campaign",
                    Map.of("spring.main.web-application-type", "none")));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
