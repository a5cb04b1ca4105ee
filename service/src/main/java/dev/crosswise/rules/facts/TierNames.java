package dev.crosswise.rules.facts;

import java.util.Arrays;
import java.util.Locale;

/** Customer-facing tier names ("Gold"), shared by rules and messages. */
public final class TierNames {

    /** By ordinal: rules read a tier's name in their conditions, so it is not built again on every read. */
    private static final String[] NAMES = Arrays.stream(Tier.values())
            .map(tier -> tier.name().charAt(0) + tier.name().substring(1).toLowerCase(Locale.ROOT))
            .toArray(String[]::new);

    private TierNames() {
    }

    public static String of(Tier tier) {
        return NAMES[tier.ordinal()];
    }
}
