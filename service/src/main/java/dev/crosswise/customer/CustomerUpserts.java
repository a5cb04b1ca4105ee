package dev.crosswise.customer;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.graph.Graph;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Creates or updates a customer profile in one write transaction ({@code Mutation.upsertCustomer}). Properties
 * left out keep their value; a new customer starts BRONZE with no points, no spend and no marketing consent.
 */
@Service
public class CustomerUpserts {

    /** Children are born in the past; 120 years back covers every customer's. */
    private static final int OLDEST_BIRTH_YEAR_SPAN = 120;

    private static final String UPSERT = """
            MERGE (c:Customer {id: $id})
            ON CREATE SET c += $defaults
            SET c += $changes
            RETURN c {.*} AS customer
            """;

    private final Graph graph;
    private final Clock clock;

    CustomerUpserts(Graph graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    public Customer upsert(CustomerInput input) {
        validate(input);
        Map<String, Object> parameters = parameters(input);
        try (var session = graph.session()) {
            return session.executeWrite(tx -> {
                boolean exists = tx.run("MATCH (c:Customer {id: $id}) RETURN count(c) > 0 AS exists", parameters)
                        .single().get("exists").asBoolean();
                if (!exists && input.name() == null) {
                    throw new BadRequestException("input.name", "name is required for a new customer");
                }
                return Customers.from(tx.run(UPSERT, parameters).single().get("customer"));
            });
        }
    }

    private void validate(CustomerInput input) {
        if (input.id() == null || input.id().isBlank()) {
            throw new BadRequestException("input.id", "id must not be blank");
        }
        if (input.name() != null && input.name().isBlank()) {
            throw new BadRequestException("input.name", "name must not be blank");
        }
        if (input.points() != null && input.points() < 0) {
            throw new BadRequestException("input.points", "points must be at least 0, got " + input.points());
        }
        if (input.spend() != null && !(input.spend() >= 0)) {
            throw new BadRequestException("input.spend", "spend must be at least 0, got " + input.spend());
        }
        if (input.timeZone() != null && !ZoneId.getAvailableZoneIds().contains(input.timeZone())) {
            throw new BadRequestException("input.timeZone",
                    "timeZone must be an IANA time zone such as Europe/Paris, got '" + input.timeZone() + "'");
        }
        if (input.childBirthYears() != null) {
            int thisYear = clock.instant().atZone(ZoneOffset.UTC).getYear();
            for (int year : input.childBirthYears()) {
                if (year > thisYear || year < thisYear - OLDEST_BIRTH_YEAR_SPAN) {
                    throw new BadRequestException("input.childBirthYears",
                            "a child's birth year must be between " + (thisYear - OLDEST_BIRTH_YEAR_SPAN) + " and "
                                    + thisYear + ", got " + year);
                }
            }
        }
    }

    private Map<String, Object> parameters(CustomerInput input) {
        Map<String, Object> changes = new HashMap<>();
        putIfGiven(changes, "name", input.name());
        putIfGiven(changes, "tier", input.tier() == null ? null : input.tier().name());
        putIfGiven(changes, "points", input.points());
        putIfGiven(changes, "spend", input.spend());
        if (input.consents() != null) {
            putIfGiven(changes, "consentEmail", input.consents().email());
            putIfGiven(changes, "consentSms", input.consents().sms());
            putIfGiven(changes, "consentMobile", input.consents().mobile());
            putIfGiven(changes, "consentDirect", input.consents().direct());
        }
        putIfGiven(changes, "optedOut", input.optedOut());
        putIfGiven(changes, "timeZone", input.timeZone());
        putIfGiven(changes, "childBirthYears", input.childBirthYears() == null ? null : List.copyOf(input.childBirthYears()));
        putIfGiven(changes, "joinedAt", input.joinedAt() == null ? null : input.joinedAt().atZoneSameInstant(ZoneOffset.UTC));

        Map<String, Object> defaults = new HashMap<>();
        defaults.put("tier", "BRONZE");
        defaults.put("points", 0L);
        defaults.put("spend", 0.0);
        defaults.put("consentEmail", false);
        defaults.put("consentSms", false);
        defaults.put("consentMobile", false);
        defaults.put("consentDirect", false);
        defaults.put("optedOut", false);
        defaults.put("childBirthYears", List.of());
        defaults.put("joinedAt", clock.instant().atZone(ZoneOffset.UTC));
        return Map.of("id", input.id(), "defaults", defaults, "changes", changes);
    }

    private static void putIfGiven(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
