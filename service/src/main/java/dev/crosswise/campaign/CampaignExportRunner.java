package dev.crosswise.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code CROSSWISE_CAMPAIGN_EXPORT=campaign.csv java -jar crosswise-service-exec.jar}: the same jar, started as a
 * batch job. Admin-only by construction: it needs shell access to the service's host and configuration, and it
 * opens no port ({@link CampaignEnvironment} turns the web server off).
 */
@Component
@ConditionalOnProperty(name = "crosswise.campaign.export")
class CampaignExportRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CampaignExportRunner.class);

    private final CampaignExport export;
    private final CampaignProperties properties;
    private final ConfigurableApplicationContext context;

    CampaignExportRunner(CampaignExport export, CampaignProperties properties, ConfigurableApplicationContext context) {
        this.export = export;
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("Campaign export to {} (channel {}, {} actions per customer, {} in parallel)",
                properties.export().toAbsolutePath(), properties.channel() == null ? "per rules" : properties.channel(),
                properties.limit(), properties.threads());
        CampaignExport.Summary summary;
        try (Writer out = Files.newBufferedWriter(properties.export(), StandardCharsets.UTF_8)) {
            summary = export.export(out, properties.channel(), properties.limit(), properties.at(), properties.threads(),
                    properties.customers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Campaign export done: {}", summary);
        int code = summary.failed() == 0 ? 0 : 2;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
