package dev.crosswise.rules.facts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** The customer as the rules see it, at the decision time. */
public final class CustomerProfile {
    private final String id;
    private final String name;
    private final Tier tier;
    private final long points;
    private final double spend;
    private final Map<Channel, Boolean> consents;
    private final boolean optedOut;
    private final String timeZone;
    private final double daysSinceJoined;
    private final List<Integer> childBirthYears;
    private final int localHour;
    private final int purchaseCount;
    private final double averagePrice;

    public CustomerProfile(String id, String name, Tier tier, long points, double spend, Map<Channel, Boolean> consents,
                           boolean optedOut, String timeZone, Instant joinedAt, List<Integer> childBirthYears,
                           Instant at, int purchaseCount, double averagePrice) {
        this.id = id;
        this.name = name;
        this.tier = tier;
        this.points = points;
        this.spend = spend;
        this.consents = Map.copyOf(consents);
        this.optedOut = optedOut;
        this.timeZone = timeZone;
        this.daysSinceJoined = joinedAt == null ? 0 : Math.max(0, (at.toEpochMilli() - joinedAt.toEpochMilli()) / 86_400_000.0);
        this.childBirthYears = List.copyOf(childBirthYears);
        this.localHour = ZonedDateTime.ofInstant(at, zone(timeZone)).getHour();
        this.purchaseCount = purchaseCount;
        this.averagePrice = averagePrice;
    }

    private static ZoneId zone(String timeZone) {
        try {
            return timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
        } catch (RuntimeException unknownZone) {
            return ZoneId.of("UTC");
        }
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public Tier getTier() { return tier; }
    public long getPoints() { return points; }
    public double getSpend() { return spend; }
    public boolean isOptedOut() { return optedOut; }
    public String getTimeZone() { return timeZone; }
    public double getDaysSinceJoined() { return daysSinceJoined; }
    public List<Integer> getChildBirthYears() { return childBirthYears; }
    /** Hour of day (0..23) in the customer's own time zone at the decision time: quiet hours read it. */
    public int getLocalHour() { return localHour; }
    public int getPurchaseCount() { return purchaseCount; }
    /** Average price the customer paid per item; 0 when nothing was bought yet. */
    public double getAveragePrice() { return averagePrice; }

    public boolean consentsTo(Channel channel) {
        return !optedOut && consents.getOrDefault(channel, false);
    }
}
