package dev.crosswise.customer;

import dev.crosswise.rules.facts.Tier;
import java.time.OffsetDateTime;
import java.util.List;

/** GraphQL input {@code CustomerInput}: null means "keep the current value". */
public record CustomerInput(String id, String name, Tier tier, Integer points, Double spend, ConsentsInput consents,
                            Boolean optedOut, String timeZone, List<Integer> childBirthYears, OffsetDateTime joinedAt) {

    /** GraphQL input {@code ConsentsInput}: channels left out keep their consent. */
    public record ConsentsInput(Boolean email, Boolean sms, Boolean mobile, Boolean direct) {
    }
}
