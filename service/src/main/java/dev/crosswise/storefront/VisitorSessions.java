package dev.crosswise.storefront;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.api.NotFoundException;
import dev.crosswise.graph.Graph;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Anonymous visitors' sessions ({@link VisitorIds}). A visitor is a customer node of its own ({@code :Customer:Visitor},
 * made on its first {@code decide} or event, with nothing personal in it), so that everything that counts per
 * customer — impressions, frequency caps and rotation, dismissals, browsing moments — counts within the visitor's
 * session without a line of its own in the decision path. When the visitor logs in, the shop's server links the
 * session to the customer: the visitor's decisions (with their responses) and events become the customer's, and the
 * visitor is gone.
 */
@Service
public class VisitorSessions {

    private static final String ENSURE = """
            MERGE (v:Customer {id: $id})
            ON CREATE SET v += $profile, v:Visitor
            """;
    private static final String OTHER_RELATIONSHIPS = """
            MATCH (v:Customer:Visitor {id: $visitorId})-[r]-()
            WHERE NOT type(r) IN ['DID', 'FOR']
            RETURN collect(DISTINCT type(r)) AS types
            """;
    private static final String MOVE_EVENTS = """
            MATCH (v:Customer:Visitor {id: $visitorId})-[did:DID]->(e:Event)
            MATCH (c:Customer {id: $customerId})
            CREATE (c)-[moved:DID]->(e)
            SET moved = properties(did)
            DELETE did
            RETURN count(moved) AS n
            """;
    private static final String MOVE_DECISIONS = """
            MATCH (v:Customer:Visitor {id: $visitorId})<-[for:FOR]-(d:Decision)
            MATCH (c:Customer {id: $customerId})
            CREATE (d)-[moved:FOR]->(c)
            SET moved = properties(for)
            DELETE for
            RETURN count(moved) AS n
            """;
    private static final String FORGET_VISITOR = "MATCH (v:Customer:Visitor {id: $visitorId}) DELETE v";

    private final Graph graph;
    private final Clock clock;

    VisitorSessions(Graph graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    /**
     * Makes sure the visitor of {@code customerId} exists, when it is a visitor id; other ids are left alone (an
     * unknown customer stays NOT_FOUND). A malformed visitor id is a BAD_REQUEST on {@code field}.
     */
    public void ensure(String field, String customerId) {
        if (!VisitorIds.claims(customerId)) {
            return;
        }
        if (!VisitorIds.isWellFormed(customerId)) {
            throw new BadRequestException(field, VisitorIds.problem(field, customerId));
        }
        // what a new customer starts with (CustomerUpserts), and no marketing consent: a visitor is reached on the page
        Map<String, Object> profile = new HashMap<>();
        profile.put("name", "Anonymous visitor");
        profile.put("tier", "BRONZE");
        profile.put("points", 0L);
        profile.put("spend", 0.0);
        profile.put("consentEmail", false);
        profile.put("consentSms", false);
        profile.put("consentMobile", false);
        profile.put("consentDirect", false);
        profile.put("optedOut", false);
        profile.put("childBirthYears", List.of());
        profile.put("joinedAt", clock.instant().atZone(ZoneOffset.UTC));
        graph.write(ENSURE, Map.of("id", customerId, "profile", profile));
    }

    /** What linking moved. */
    public record Linked(String customerId, int decisions, int events) {
    }

    /**
     * Hands the visitor's session to the customer who logged in, in one transaction; linking again (a retry) moves
     * nothing. A visitor with anything but decisions and browsing events (a server recorded a purchase for it) is
     * not linked: those effects (ownership, spend) cannot be moved without being recomputed.
     */
    public Linked link(String visitorId, String customerId) {
        if (!VisitorIds.isWellFormed(visitorId)) {
            throw new BadRequestException("visitorId", VisitorIds.problem("visitorId", visitorId));
        }
        if (VisitorIds.claims(customerId)) {
            throw new BadRequestException("customerId", "customerId must be the logged-in customer's id, not a visitor id");
        }
        Map<String, Object> ids = Map.of("visitorId", visitorId, "customerId", customerId);
        try (var session = graph.session()) {
            return session.executeWrite(tx -> {
                if (!tx.run("MATCH (c:Customer {id: $customerId}) RETURN count(c) > 0 AS found", ids).single()
                        .get("found").asBoolean()) {
                    throw new NotFoundException("customerId", "Customer '" + customerId + "' not found: create it with "
                            + "upsertCustomer before linking a visitor to it");
                }
                List<Object> others = tx.run(OTHER_RELATIONSHIPS, ids).single().get("types").asList();
                if (!others.isEmpty()) {
                    throw new BadRequestException("visitorId", "Visitor '" + visitorId + "' has " + others + " besides "
                            + "decisions and browsing events; only those can be linked (link at login, before checkout)");
                }
                int events = tx.run(MOVE_EVENTS, ids).single().get("n").asInt();
                int decisions = tx.run(MOVE_DECISIONS, ids).single().get("n").asInt();
                tx.run(FORGET_VISITOR, ids).consume();
                return new Linked(customerId, decisions, events);
            });
        }
    }
}
