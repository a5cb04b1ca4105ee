package dev.crosswise.experiment;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dir CROSSWISE_EXPERIMENTS_DIR: the experiment files ({@code *.yaml}) and the challengers' DRL folders; empty
 *            = the rules folder's {@code experiments/}
 */
@ConfigurationProperties("crosswise.experiments")
public record ExperimentsProperties(Path dir) {
}
