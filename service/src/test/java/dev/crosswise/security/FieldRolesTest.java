package dev.crosswise.security;

import static dev.crosswise.TestShop.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The storefront's field policy walked over the whole running schema: every field of every type is either readable
 * or refused, the table names nothing that does not exist, every refused field a storefront can reach is nullable
 * (so refusing it keeps the rest of the answer), and asking for each refused field with a customer token answers it
 * null with FORBIDDEN naming the field while the rest of the answer stays.
 */
class FieldRolesTest extends CrosswiseHttpTest {

    /** The operations a storefront may call, each with the arguments a customer token may use. */
    private static final List<String> STOREFRONT_OPERATIONS =
            List.of("Query.whatNext", "Mutation.decide", "Mutation.recordEvent", "Mutation.recordResponse");

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void everyFieldOfEveryTypeIsEitherReadableByTheStorefrontOrRefused() {
        List<String> unclassified = new ArrayList<>();
        List<String> both = new ArrayList<>();
        for (GraphQLObjectType type : objectTypes()) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                String coordinate = type.getName() + "." + field.getName();
                if (!FieldRoles.classified(type.getName(), field.getName())) {
                    unclassified.add(coordinate);
                }
                if (FieldRoles.STOREFRONT_READS.contains(coordinate) && FieldRoles.REFUSED.containsKey(coordinate)) {
                    both.add(coordinate);
                }
            }
        }
        assertThat(unclassified).as("fields FieldRoles does not decide on: add each to STOREFRONT_READS or REFUSED")
                .isEmpty();
        assertThat(both).isEmpty();
    }

    @Test
    void theTableNamesOnlyTypesAndFieldsOfTheSchema() {
        GraphQLSchema schema = graphQlSource.schema();
        var coordinates = new TreeSet<>(FieldRoles.STOREFRONT_READS);
        coordinates.addAll(FieldRoles.REFUSED.keySet());
        for (String coordinate : coordinates) {
            String typeName = coordinate.substring(0, coordinate.indexOf('.'));
            String fieldName = coordinate.substring(coordinate.indexOf('.') + 1);
            assertThat(schema.getType(typeName)).as(coordinate).isInstanceOf(GraphQLObjectType.class);
            assertThat(typeName).as(coordinate + ": operations are OperationRoles' business").isNotIn("Query", "Mutation");
            if (!fieldName.equals("*")) {
                assertThat(((GraphQLObjectType) schema.getType(typeName)).getFieldDefinition(fieldName)).as(coordinate).isNotNull();
            }
        }
    }

    @Test
    void theStorefrontCallsExactlyItsFourOperations() {
        var operations = new RootOperations(graphQlSource.schema()).all().stream()
                .filter(operation -> Role.STOREFRONT.includes(
                        OperationRoles.required(operation.type().getName(), operation.field().getName())))
                .map(RootOperations.Operation::coordinate).toList();

        assertThat(operations).containsExactlyInAnyOrderElementsOf(STOREFRONT_OPERATIONS);
    }

    @Test
    void everyRefusedFieldAStorefrontCanReachIsNullableSoTheRestOfTheAnswerStays() {
        List<String> nonNull = new ArrayList<>();
        reachableRefusedFields().forEach((coordinate, path) -> {
            if (path.getLast().getType() instanceof GraphQLNonNull) {
                nonNull.add(coordinate);
            }
        });
        assertThat(nonNull).isEmpty();
    }

    /** Every refused field, asked for with a customer token along the shortest path from a storefront operation. */
    @Test
    void askingForEachRefusedFieldAnswersItNullWithForbiddenNamingItAndKeepsTheRest() {
        var shop = new TestShop(graphQl);
        String customer = shop.newCustomer();
        var page = graphQlWithToken(CustomerTokens.forCustomer(customer));
        var decided = page.document("""
                mutation($c: ID!) { decide(customerId: $c, context: {productSku: "W-SHO-OXF"}) { id actions { product { sku } } } }
                """).variable("c", customer).executeSync();
        String decisionId = decided.field("decide.id").getValue();
        String sku = decided.field("decide.actions[0].product.sku").getValue();

        Map<String, List<GraphQLFieldDefinition>> refused = reachableRefusedFields();
        assertThat(refused.keySet()).contains("Customer.name", "Customer.spend", "Customer.points", "Customer.owns",
                "Customer.consents", "Product.margin", "Product.stock", "Action.reasons", "Decision.suppressed",
                "Event.price", "Offer.promotion");
        String withOffer = cartWithAnOffer(shop);
        refused.forEach((coordinate, path) -> {
            String operation = path.getFirst().getName();
            String selection = selection(path, 1);
            // a field of an offer is only there when an action carries one
            String context = path.stream().anyMatch(f -> f.getName().equals("offer")) ? withOffer : "";
            var response = switch (operation) {
                case "whatNext" -> page.document("query($c: ID!) { whatNext(customerId: $c" + context + ") { id "
                                + selection + " } }")
                        .variable("c", customer).executeSync();
                case "decide" -> page.document("mutation($c: ID!) { decide(customerId: $c" + context + ") { id "
                                + selection + " } }")
                        .variable("c", customer).executeSync();
                case "recordEvent" -> page.document("mutation($i: EventInput!) { recordEvent(input: $i) { duplicate "
                                + selection + " } }")
                        .variable("i", Map.of("eventId", TestShop.unique("E-FIELD"), "type", "VIEW", "customerId", customer,
                                "sku", "W-SHO-OXF")).executeSync();
                case "recordResponse" -> page.document("mutation($i: ResponseInput!) { recordResponse(input: $i) { duplicate "
                                + selection + " } }")
                        .variable("i", Map.of("decisionId", decisionId, "sku", sku, "type", "SHOWN")).executeSync();
                default -> throw new AssertionError(operation);
            };
            assertThat(response.getErrors()).as(coordinate + " via " + operation + " { " + selection + " }").isNotEmpty()
                    .allSatisfy(error -> {
                        assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
                        assertThat(error.getExtensions()).containsEntry("field", coordinate);
                        assertThat(error.getMessage()).startsWith(coordinate + " ");
                        assertThat(error.getPath()).endsWith(path.getLast().getName());
                    });
            Map<String, Object> answer = response.field(operation).getValue();
            assertThat(answer).as(coordinate + ": the rest of the answer stays").isNotNull();
            assertThat(answer.get(operation.startsWith("record") ? "duplicate" : "id")).as(coordinate).isNotNull();
        });
    }

    /**
     * The storefront key alone (an anonymous visitor's page) is refused the same fields: every refused field an
     * anonymous {@code whatNext} reaches answers null with FORBIDDEN naming it, and the decision stays.
     */
    @Test
    void theStorefrontKeyOfAnAnonymousPageIsRefusedTheSameFields() {
        var page = graphQlWithKey(STOREFRONT_KEY);
        Map<String, List<GraphQLFieldDefinition>> refused = reachableRefusedFields(List.of("Query.whatNext"));
        // an anonymous decision has no customer to read anything of
        refused.values().removeIf(path -> path.stream().anyMatch(field -> field.getName().equals("customer")));
        assertThat(refused.keySet()).contains("Product.margin", "Product.stock", "Action.reasons", "Decision.suppressed",
                "Offer.promotion");
        String withOffer = cartWithAnOffer(new TestShop(graphQl));
        refused.forEach((coordinate, path) -> {
            String selection = selection(path, 1);
            String context = path.stream().anyMatch(f -> f.getName().equals("offer")) ? withOffer.substring(2)
                    : "context: {placement: PRODUCT, productSku: \"W-SHO-OXF\"}";
            var response = page.document("{ whatNext(" + context + ") { id " + selection + " } }").executeSync();
            assertThat(response.getErrors()).as(coordinate + " { " + selection + " }").isNotEmpty().allSatisfy(error -> {
                assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
                assertThat(error.getExtensions()).containsEntry("field", coordinate);
            });
            assertThat(response.field("whatNext.id").<String>getValue()).as(coordinate + ": the rest stays").isNotNull();
        });
    }

    /** The selection below the operation down to the path's last field: {@code actions { product { margin } }}. */
    private static String selection(List<GraphQLFieldDefinition> path, int from) {
        GraphQLFieldDefinition field = path.get(from);
        if (from == path.size() - 1) {
            boolean object = GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLObjectType;
            return field.getName() + (object ? " { __typename }" : "");
        }
        return field.getName() + " { " + selection(path, from + 1) + " }";
    }

    /**
     * Each refused field a storefront reaches through fields it may read, with the shortest path to it from one of its
     * operations (the operation first). Fields below a refused field are refused with it and not listed.
     */
    private Map<String, List<GraphQLFieldDefinition>> reachableRefusedFields() {
        return reachableRefusedFields(STOREFRONT_OPERATIONS);
    }

    private Map<String, List<GraphQLFieldDefinition>> reachableRefusedFields(List<String> operations) {
        GraphQLSchema schema = graphQlSource.schema();
        Map<String, List<GraphQLFieldDefinition>> refused = new LinkedHashMap<>();
        var seen = new TreeSet<String>();
        var queue = new ArrayDeque<List<GraphQLFieldDefinition>>();
        for (String operation : operations) {
            String[] parts = operation.split("\\.");
            queue.add(List.of(((GraphQLObjectType) schema.getType(parts[0])).getFieldDefinition(parts[1])));
        }
        while (!queue.isEmpty()) {
            List<GraphQLFieldDefinition> path = queue.poll();
            if (!(GraphQLTypeUtil.unwrapAll(path.getLast().getType()) instanceof GraphQLObjectType type)
                    || !seen.add(type.getName())) {
                continue;
            }
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                List<GraphQLFieldDefinition> next = new ArrayList<>(path);
                next.add(field);
                String coordinate = type.getName() + "." + field.getName();
                if (FieldRoles.storefrontReads(type.getName(), field.getName())) {
                    queue.add(next);
                } else {
                    refused.putIfAbsent(coordinate, next);
                }
            }
        }
        return refused;
    }

    private List<GraphQLObjectType> objectTypes() {
        GraphQLSchema schema = graphQlSource.schema();
        return schema.getAllTypesAsList().stream()
                .filter(type -> type instanceof GraphQLObjectType && !type.getName().startsWith("__"))
                .map(GraphQLObjectType.class::cast)
                .filter(type -> type != schema.getQueryType() && type != schema.getMutationType())
                .toList();
    }

    /**
     * A cart page whose decision carries an offer: a pairing in the cart, and a promotion running on what it is paired
     * with. Returns the {@code context} argument, after a comma.
     */
    private String cartWithAnOffer(TestShop shop) {
        var pairing = shop.newPairing();
        ok(graphQl.documentName("upsertPromotion").variable("input", Map.of("id", TestShop.unique("PROMO-FIELDS"),
                "name", "Field test", "percentOff", 10.0, "skus", List.of(pairing.offered()),
                "validFrom", "2000-01-01T00:00:00Z", "validTo", "2999-01-01T00:00:00Z")).executeSync());
        return ", context: {placement: CART, cartSkus: [\"" + pairing.anchor() + "\"]}";
    }
}
