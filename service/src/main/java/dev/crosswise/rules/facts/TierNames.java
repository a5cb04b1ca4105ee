package dev.crosswise.rules.facts;

/** Customer-facing tier names ("Gold"), shared by rules and messages. */
public final class TierNames {
    private TierNames() {
    }

    public static String of(Tier tier) {
        String name = tier.name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
