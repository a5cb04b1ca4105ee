package dev.crosswise.attribution;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long after an exposure a purchase of the offered product still counts as its result. These are measurement
 * windows, not rule windows: the 48 hours of a post-purchase moment decide when to offer, these decide what to credit.
 *
 * @param clickThroughWindow CROSSWISE_ATTRIBUTION_CLICK_THROUGH_WINDOW: from a CLICKED or ACCEPTED response to the
 *                           purchase (default 7 days)
 * @param viewThroughWindow  CROSSWISE_ATTRIBUTION_VIEW_THROUGH_WINDOW: from the exposure (the recorded decision) to the
 *                           purchase, when nobody clicked (default 1 day)
 */
@ConfigurationProperties("crosswise.attribution")
public record AttributionProperties(@DefaultValue("7d") Duration clickThroughWindow,
                                    @DefaultValue("1d") Duration viewThroughWindow) {

    public AttributionProperties {
        if (clickThroughWindow.isNegative() || viewThroughWindow.isNegative()) {
            throw new IllegalArgumentException("crosswise.attribution windows must not be negative, got click-through "
                    + clickThroughWindow + " and view-through " + viewThroughWindow);
        }
    }

    /** How far back from a purchase an exposure may lie to be credited at all. */
    Duration lookback() {
        return clickThroughWindow.compareTo(viewThroughWindow) >= 0 ? clickThroughWindow : viewThroughWindow;
    }
}
