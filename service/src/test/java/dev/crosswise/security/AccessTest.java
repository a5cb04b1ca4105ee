package dev.crosswise.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.web.client.RestClient;

/** Who may call what: API keys, roles per operation from the one table, the actuator. */
class AccessTest extends CrosswiseHttpTest {

    private static final String WHAT_NEXT = "{ whatNext(customerId: \"C-ADA\", at: \"2026-11-20T09:00:00Z\") { actions { product { sku } } } }";

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void withoutAKeyEveryOperationIsUnauthorizedAndAnswersNoData() {
        var operations = new RootOperations(graphQlSource.schema());
        assertThat(operations.all()).isNotEmpty();
        for (var operation : operations.all()) {
            var call = operations.call(operation, path -> null);
            var response = graphQlWithoutKey().document(call.document()).variables(call.variables()).executeSync();

            assertThat(response.getErrors()).as(operation.coordinate()).singleElement().satisfies(error -> {
                assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
                // no JWT issuer here, but customer tokens (CROSSWISE_STOREFRONT_JWT_SECRET) are bearer tokens
                assertThat(error.getMessage()).isEqualTo(
                        "Authentication required: send an API key in the X-API-Key header (or a bearer token)");
            });
            assertThat(dataOf(response, operation.field().getName())).as(operation.coordinate()).isNull();
        }
    }

    @Test
    void aWrongKeyIsUnauthorizedAndSaysTheKeyIsNotValid() {
        var response = graphQlWithKey("not-a-key-we-ever-issued").document(WHAT_NEXT).executeSync();

        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
            assertThat(error.getMessage()).contains("not valid");
        });
        assertThat(response.getData() == null || ((Map<?, ?>) response.getData()).get("whatNext") == null).isTrue();
    }

    @Test
    void everyServerRoleMayAskWhatNextAndReadCustomersAndProducts() {
        for (Role role : List.of(Role.FRONTEND, Role.ANALYST, Role.ADMIN)) {
            var client = graphQl(role);
            assertThat(client.document(WHAT_NEXT).executeSync().getErrors()).as(role.name()).isEmpty();
            String name = client.document("{ customer(id: \"C-ADA\") { name } product(sku: \"W-SHO-OXF\") { name } }")
                    .executeSync().field("customer.name").getValue();
            assertThat(name).as(role.name()).isEqualTo("Ada Lovelace");
        }
    }

    /** Every operation that needs more than the caller's role is FORBIDDEN for it, with no data, nothing done. */
    @Test
    void anOperationAboveTheCallersRoleIsForbiddenAndAnswersNoData() {
        var operations = new RootOperations(graphQlSource.schema());
        int checked = 0;
        for (Role caller : List.of(Role.STOREFRONT, Role.FRONTEND, Role.ANALYST)) {
            for (var operation : operations.all()) {
                Role required = OperationRoles.required(operation.type().getName(), operation.field().getName());
                if (required == null || caller.includes(required)) {
                    continue;
                }
                var call = operations.call(operation, path -> null);
                var response = graphQl(caller).document(call.document()).variables(call.variables()).executeSync();

                assertThat(response.getErrors()).as(caller + " " + operation).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
                    assertThat(error.getMessage()).contains(required.name().toLowerCase(java.util.Locale.ROOT));
                });
                assertThat(dataOf(response, operation.field().getName())).isNull();
                checked++;
            }
        }
        assertThat(checked).as("operations above frontend (upsertProduct, ruleSet, ...) exist and were checked")
                .isPositive();
    }

    @Test
    void aRequestMixingAnOperationTheCallerMayNotCallKeepsTheAnswersOfTheOthers() {
        var response = graphQl(Role.FRONTEND)
                .document("{ product(sku: \"W-SHO-OXF\") { name } ruleSet { version } }").executeSync();

        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
            assertThat(error.getPath()).isEqualTo("ruleSet");
        });
        assertThat(response.field("product.name").<String>getValue()).isEqualTo("Brown leather oxfords");
        assertThat(dataOf(response, "ruleSet")).isNull();
    }

    @Test
    void ofTwoMutationsInOneRequestTheOneThatFailsAnswersNullAndTheWrittenOneSaysSo() {
        String eventId = "E-BATCHED-" + System.nanoTime();
        String customer = "C-BATCHED-" + System.nanoTime();
        assertThat(graphQl(Role.ADMIN).document("mutation($id: ID!) { upsertCustomer(input: {id: $id, name: \"Batch\"}) { id } }")
                .variable("id", customer).executeSync().field("upsertCustomer.id").<String>getValue()).isEqualTo(customer);
        var response = graphQl(Role.FRONTEND).document("""
                mutation($ok: EventInput!, $unknown: EventInput!) {
                  a: recordEvent(input: $ok) { duplicate event { id } }
                  b: recordEvent(input: $unknown) { duplicate }
                }""")
                .variable("ok", Map.of("eventId", eventId, "type", "VISIT", "customerId", customer))
                .variable("unknown", Map.of("eventId", eventId + "-B", "type", "VISIT", "customerId", "C-NOBODY"))
                .executeSync();

        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
            assertThat(error.getPath()).isEqualTo("b");
        });
        assertThat(response.field("a.event.id").<String>getValue()).isEqualTo(eventId);
        assertThat(dataOf(response, "b")).isNull();
    }

    @Test
    void aPageOfTheShopsOriginMayCallTheApiFromABrowserAndOtherOriginsMayNot() {
        var preflight = RestClient.create(baseUrl()).options().uri("/graphql")
                .header("Origin", SHOP_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key").retrieve().toBodilessEntity();

        assertThat(preflight.getHeaders().getAccessControlAllowOrigin()).isEqualTo(SHOP_ORIGIN);
        assertThat(preflight.getHeaders().getAccessControlAllowHeaders()).map(String::toLowerCase)
                .contains("content-type", "x-api-key");

        var call = RestClient.create(baseUrl()).post().uri("/graphql").header("Origin", SHOP_ORIGIN)
                .header("X-API-Key", FRONTEND_KEY).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("query", WHAT_NEXT)).retrieve().toEntity(String.class);
        assertThat(call.getHeaders().getAccessControlAllowOrigin()).isEqualTo(SHOP_ORIGIN);
        assertThat(call.getBody()).contains("W-");

        var elsewhere = RestClient.create(baseUrl()).options().uri("/graphql")
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .retrieve().onStatus(status -> true, (request, response) -> { }).toBodilessEntity();
        assertThat(elsewhere.getHeaders().getAccessControlAllowOrigin()).isNull();
    }

    @Test
    void introspectionNeedsNoKeyWhileItIsEnabled() {
        var response = graphQlWithoutKey().document("{ __schema { queryType { name } } }").executeSync();

        assertThat(response.getErrors()).isEmpty();
        assertThat((String) response.field("__schema.queryType.name").getValue()).isEqualTo("Query");
    }

    @Test
    void healthIsPublicAndTheRestOfTheActuatorNeedsTheAdminKey() {
        assertThat(status("/actuator/health", null)).isEqualTo(200);
        assertThat(status("/actuator/info", null)).isEqualTo(401);
        assertThat(status("/actuator/info", "wrong-key-wrong-key-wrong")).isEqualTo(401);
        assertThat(status("/actuator/info", STOREFRONT_KEY)).isEqualTo(403);
        assertThat(status("/actuator/info", FRONTEND_KEY)).isEqualTo(403);
        assertThat(status("/actuator/info", ANALYST_KEY)).isEqualTo(403);
        assertThat(status("/actuator/info", ADMIN_KEY)).isEqualTo(200);
    }

    @Test
    void graphiqlIsServedWithoutAKey() {
        assertThat(status("/graphiql", null)).isLessThan(400);
    }

    @Test
    void theRoleTableSendsUnknownOperationsToAdminAndNeverToAnyoneElse() {
        assertThat(OperationRoles.required("Mutation", "somethingAddedLater")).isEqualTo(Role.ADMIN);
        assertThat(OperationRoles.required("Query", "whatNext")).isEqualTo(Role.STOREFRONT);
        assertThat(OperationRoles.required("Query", "customer")).isEqualTo(Role.FRONTEND);
        assertThat(OperationRoles.required("Query", "__schema")).isNull();
    }

    private int status(String path, String key) {
        var request = RestClient.create(baseUrl()).get().uri(path);
        if (key != null) {
            request = request.header("X-API-Key", key);
        }
        return request.exchange((req, res) -> res.getStatusCode()).value();
    }

    private static Object dataOf(ClientGraphQlResponse response, String field) {
        Map<String, Object> data = response.getData();
        return data == null ? null : data.get(field);
    }
}
