package dev.crosswise.campaign;

import dev.crosswise.rules.facts.Channel;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A campaign export: every customer's top actions, decided in bulk, written as CSV.
 *
 * @param export      CROSSWISE_CAMPAIGN_EXPORT: the CSV file to write; when set, the service runs the export and exits
 *                    (no web server)
 * @param channel     CROSSWISE_CAMPAIGN_CHANNEL: the campaign's channel (e.g. EMAIL); empty = the rules pick per action
 * @param limit       CROSSWISE_CAMPAIGN_LIMIT: actions per customer
 * @param parallelism CROSSWISE_CAMPAIGN_PARALLELISM: threads deciding, each a chunk of customers at a time; 0 = two
 *                    per CPU core
 * @param at          CROSSWISE_CAMPAIGN_AT: the decision time (ISO-8601); empty = now
 * @param customers   CROSSWISE_CAMPAIGN_CUSTOMERS: export only the first N customers by id (a trial run); 0 = all
 */
@ConfigurationProperties("crosswise.campaign")
public record CampaignProperties(Path export, Channel channel, @DefaultValue("3") int limit,
                                 @DefaultValue("0") int parallelism, OffsetDateTime at,
                                 @DefaultValue("0") long customers) {

    int threads() {
        return parallelism > 0 ? parallelism : 2 * Runtime.getRuntime().availableProcessors();
    }
}
