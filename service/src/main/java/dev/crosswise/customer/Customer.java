package dev.crosswise.customer;

import dev.crosswise.rules.facts.Tier;
import java.time.OffsetDateTime;
import java.util.List;

/** A customer as the API shows it; what they own is resolved in one batch per request. */
public record Customer(String id, String name, Tier tier, long points, double spend, Consents consents,
                       boolean optedOut, String timeZone, OffsetDateTime joinedAt, List<Integer> childBirthYears) {

    /** Loyalty points earned per whole euro spent (a purchase adds them, a return takes them back). */
    public static final int POINTS_PER_EURO = 1;

    /** Marketing consent per channel (the shop's own web pages need none). */
    public record Consents(boolean email, boolean sms, boolean mobile, boolean direct) {
    }
}
