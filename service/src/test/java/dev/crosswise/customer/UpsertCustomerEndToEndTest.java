package dev.crosswise.customer;

import static dev.crosswise.TestShop.count;
import static dev.crosswise.TestShop.ok;
import static dev.crosswise.TestShop.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** upsertCustomer over real HTTP: create with defaults, partial updates, idempotency, validation. */
class UpsertCustomerEndToEndTest extends CrosswiseHttpTest {

    private TestShop shop;

    @BeforeEach
    void shop() {
        shop = new TestShop(graphQl);
    }

    @Test
    void aNewCustomerGetsTheProfileGivenAndDefaultsForTheRest() {
        String id = unique("C");
        Map<String, Object> created = ok(upsert(Map.of("id", id, "name", "Mary Somerville", "timeZone", "Europe/London",
                "consents", Map.of("email", true), "childBirthYears", List.of(2020), "joinedAt", "2026-01-02T03:04:05Z")))
                .field("upsertCustomer").getValue();

        assertThat(created).containsEntry("id", id).containsEntry("name", "Mary Somerville").containsEntry("tier", "BRONZE")
                .containsEntry("points", 0).containsEntry("spend", 0.0).containsEntry("optedOut", false)
                .containsEntry("timeZone", "Europe/London").containsEntry("joinedAt", "2026-01-02T03:04:05Z")
                .containsEntry("childBirthYears", List.of(2020))
                .containsEntry("consents", Map.of("email", true, "sms", false, "mobile", false, "direct", false));
    }

    @Test
    void anUpdateKeepsWhatItLeavesOutAndUpsertingAgainChangesNothing() {
        String id = unique("C");
        ok(upsert(Map.of("id", id, "name", "Mary Somerville", "consents", Map.of("email", true, "sms", true))));

        Map<String, Object> updated = ok(upsert(Map.of("id", id, "tier", "GOLD", "points", 2500, "spend", 1999.5,
                "optedOut", true, "consents", Map.of("sms", false)))).field("upsertCustomer").getValue();
        Map<String, Object> again = ok(upsert(Map.of("id", id, "tier", "GOLD", "points", 2500, "spend", 1999.5,
                "optedOut", true, "consents", Map.of("sms", false)))).field("upsertCustomer").getValue();

        assertThat(updated).containsEntry("name", "Mary Somerville").containsEntry("tier", "GOLD")
                .containsEntry("points", 2500).containsEntry("spend", 1999.5).containsEntry("optedOut", true)
                .containsEntry("consents", Map.of("email", true, "sms", false, "mobile", false, "direct", false));
        assertThat(again).isEqualTo(updated);
        assertThat(shop.customer(id)).containsAllEntriesOf(updated);
        assertThat(count("MATCH (c:Customer {id: $id}) RETURN count(c)", Map.of("id", id))).isOne();
    }

    @Test
    void invalidProfilesAreBadRequestsNamingTheFieldAndNothingIsWritten() {
        String id = unique("C");
        assertError(upsert(Map.of("id", id, "name", "X", "timeZone", "Mars/Olympus")), "input.timeZone");
        assertError(upsert(Map.of("id", id, "name", "X", "timeZone", "+02:00")), "input.timeZone");
        assertError(upsert(Map.of("id", id, "name", "X", "points", -1)), "input.points");
        assertError(upsert(Map.of("id", id, "name", "X", "spend", -0.5)), "input.spend");
        assertError(upsert(Map.of("id", id, "name", "X", "childBirthYears", List.of(3000))), "input.childBirthYears");
        assertError(upsert(Map.of("id", id, "name", " ")), "input.name");
        assertError(upsert(Map.of("id", id, "tier", "GOLD")), "input.name");
        assertThat(count("MATCH (c:Customer {id: $id}) RETURN count(c)", Map.of("id", id))).isZero();
    }

    @Test
    void anUnknownTierIsRejectedBeforeAnythingRuns() {
        String id = unique("C");
        var response = upsert(Map.of("id", id, "name", "X", "tier", "DIAMOND"));

        assertThat(response.getErrors()).isNotEmpty();
        assertThat(count("MATCH (c:Customer {id: $id}) RETURN count(c)", Map.of("id", id))).isZero();
    }

    private ClientGraphQlResponse upsert(Map<String, Object> input) {
        return shop.execute("upsertCustomer", Map.of("input", input));
    }

    private static void assertError(ClientGraphQlResponse response, String field) {
        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getExtensions()).containsEntry("field", field);
        });
    }
}
