package dev.crosswise.demo;

import dev.crosswise.customer.CustomerInput;
import dev.crosswise.rules.facts.Tier;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * One of the demo's shoppers ({@code shopper-01} …): their profile, what they came for, and when they made their
 * first purchases — before the weeks of activity, so that those weeks open with gaps to offer and past the
 * "first value" restraint.
 */
record DemoShopper(String id, String name, Tier tier, boolean email, boolean mobile, String timeZone, Instant joinedAt,
                   Interest interest, List<String> firstPurchases, Instant firstPurchasedAt) {

    private static final List<String> TIME_ZONES = List.of("Europe/London", "Europe/Paris", "Europe/Berlin",
            "America/New_York", "Europe/Madrid");

    /** Shopper number {@code number} (from 1), drawn from {@code random}; {@code weeksStart} is when the weeks begin. */
    static DemoShopper draw(int number, Random random, Instant weeksStart) {
        Interest interest = Interest.values()[(number - 1) % Interest.values().length];
        double tierDraw = random.nextDouble();
        Tier tier = tierDraw < 0.6 ? Tier.BRONZE : tierDraw < 0.9 ? Tier.SILVER : Tier.GOLD;
        Instant firstPurchasedAt = weeksStart.minus(Duration.ofHours(24 * 7 + random.nextInt(24 * 60)));
        Instant joinedAt = firstPurchasedAt.minus(Duration.ofDays(1 + random.nextInt(400)));
        return new DemoShopper("shopper-%02d".formatted(number), "Demo shopper %02d".formatted(number), tier,
                random.nextDouble() < 0.85, random.nextDouble() < 0.6, TIME_ZONES.get(random.nextInt(TIME_ZONES.size())),
                joinedAt, interest, interest.starts.get(random.nextInt(interest.starts.size())), firstPurchasedAt);
    }

    CustomerInput profile() {
        // spend and points are left to the purchases: set here, a restart after a crash would reset what they added
        return new CustomerInput(id, name, tier, null, null,
                new CustomerInput.ConsentsInput(email, false, mobile, false), false, timeZone, null,
                joinedAt.atOffset(ZoneOffset.UTC));
    }
}
