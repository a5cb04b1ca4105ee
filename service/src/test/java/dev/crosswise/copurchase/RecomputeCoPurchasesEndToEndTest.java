package dev.crosswise.copurchase;

import static dev.crosswise.TestShop.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TestShop;
import dev.crosswise.graph.TestGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/**
 * recomputeCoPurchases over real HTTP, on three baskets of this test's own products:
 * <pre>
 *   customer 1, order O-1: X, Y
 *   customer 2, order O-1: X, Y, Z     (same order id, other customer: another basket)
 *   customer 1, order O-2: X
 * </pre>
 * X is in 3 baskets, Y in 2, Z in 1; X+Y are together in 2, X+Z and Y+Z in 1. With N baskets in the whole graph,
 * lift(X,Y) = 2 N / (3 x 2) = N / 3, confidence X->Y = 2/3 and Y->X = 2/2.
 */
class RecomputeCoPurchasesEndToEndTest extends CrosswiseHttpTest {

    private String x;
    private String y;
    private String z;
    /** The co-purchase edges before the test: a recompute replaces those of the whole shared graph. */
    private List<Map<String, Object>> edgesBefore;
    /** The products' popularity and repeat cycles before the test: a recompute derives them anew too. */
    private List<Map<String, Object>> demandBefore;

    @BeforeEach
    void rememberTheSharedGraphsCoPurchases() {
        edgesBefore = TestGraph.get().graph().read("""
                MATCH (a:Product)-[r:BOUGHT_WITH]->(b:Product)
                RETURN a.sku AS a, b.sku AS b, properties(r) AS props""", Map.of()).records().stream()
                .map(r -> Map.<String, Object>of("a", r.get("a").asString(), "b", r.get("b").asString(),
                        "props", r.get("props").asMap()))
                .toList();
        demandBefore = TestGraph.get().graph().read("""
                MATCH (p:Product) WHERE p.popularity IS NOT NULL OR p.repeatDays IS NOT NULL OR p.weeklyBaskets IS NOT NULL
                RETURN p {.sku, .popularity, .recentPopularity, .repeatDays, .basketsFromWeek, .weeklyBaskets,
                          .demandDerivedAt} AS demand""", Map.of())
                .records().stream().map(r -> r.get("demand").asMap()).toList();
    }

    /** Other tests and the scenario files read the demo graph's co-purchases and popularity: leave them as they were. */
    @AfterEach
    void restoreTheSharedGraphsCoPurchases() {
        TestGraph.get().graph().write("MATCH (:Product)-[r:BOUGHT_WITH]->(:Product) DELETE r", Map.of());
        TestGraph.get().graph().write("""
                UNWIND $edges AS edge
                MATCH (a:Product {sku: edge.a}), (b:Product {sku: edge.b})
                MERGE (a)-[r:BOUGHT_WITH]->(b)
                SET r = edge.props""", Map.of("edges", edgesBefore));
        TestGraph.get().graph().write("""
                MATCH (p:Product)
                REMOVE p.popularity, p.recentPopularity, p.repeatDays, p.basketsFromWeek, p.weeklyBaskets, p.demandDerivedAt
                WITH count(*) AS cleared
                UNWIND $demand AS demand
                MATCH (p:Product {sku: demand.sku})
                SET p += demand""", Map.of("demand", demandBefore));
        TestGraph.get().graph().write("MATCH (w:BasketWeeks) DELETE w", Map.of()); // the seed has none
    }

    @BeforeEach
    void threeBaskets() {
        TestShop shop = new TestShop(graphQl);
        x = shop.newProduct(10);
        y = shop.newProduct(20);
        z = shop.newProduct(30);
        String first = shop.newCustomer();
        String second = shop.newCustomer();
        shop.purchase(first, x, "O-1", "2026-10-01T10:00:00Z");
        shop.purchase(first, y, "O-1", "2026-10-01T10:00:00Z");
        shop.purchase(second, x, "O-1", "2026-10-02T10:00:00Z");
        shop.purchase(second, y, "O-1", "2026-10-02T10:00:00Z");
        shop.purchase(second, z, "O-1", "2026-10-02T10:00:00Z");
        shop.purchase(first, x, "O-2", "2026-10-03T10:00:00Z");
    }

    @Test
    void pairsBoughtTogetherInEnoughBasketsGetSupportLiftAndConfidenceBothWays() {
        Map<String, Object> payload = recompute(2);

        long baskets = ((Number) payload.get("baskets")).longValue();
        assertThat(baskets).isGreaterThanOrEqualTo(3);
        assertThat(payload).containsEntry("minSupport", 2);
        assertThat((Integer) payload.get("pairs")).isPositive();
        assertThat(edge(x, y)).satisfies(xy -> {
            assertThat(xy.get("support").asLong()).isEqualTo(2);
            assertThat(xy.get("lift").asDouble()).isCloseTo(baskets / 3.0, within(1e-9));
            assertThat(xy.get("confidence").asDouble()).isCloseTo(2.0 / 3.0, within(1e-9));
        });
        assertThat(edge(y, x)).satisfies(yx -> {
            assertThat(yx.get("support").asLong()).isEqualTo(2);
            assertThat(yx.get("lift").asDouble()).isCloseTo(baskets / 3.0, within(1e-9));
            assertThat(yx.get("confidence").asDouble()).isCloseTo(1.0, within(1e-9));
        });
        assertThat(edge(x, z)).as("bought together once, below minSupport 2").isNull();
    }

    @Test
    void aRecomputeReplacesThePreviousEdgesAndRepeatingItChangesNothing() {
        recompute(1);
        assertThat(edge(z, y)).satisfies(zy -> assertThat(zy.get("confidence").asDouble()).isCloseTo(1.0, within(1e-9)));

        Map<String, Object> stricter = recompute(2);
        Map<String, Object> repeated = recompute(2);

        assertThat(((Number) stricter.get("removed")).longValue()).as("x-z and y-z, both ways, at least")
                .isGreaterThanOrEqualTo(4);
        assertThat(edge(x, z)).isNull();
        assertThat(edge(z, y)).isNull();
        assertThat(edge(x, y)).isNotNull();
        assertThat(repeated).containsEntry("removed", 0).containsEntry("pairs", stricter.get("pairs"));
        assertThat(TestShop.count("MATCH (:Product {sku: $x})-[r:BOUGHT_WITH]-(:Product {sku: $y}) RETURN count(r)",
                Map.of("x", x, "y", y))).isEqualTo(2);
    }

    @Test
    void aMinimumSupportBelowOneIsABadRequest() {
        var response = new TestShop(graphQl).execute("recomputeCoPurchases", Map.of("minSupport", 0));

        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getExtensions()).containsEntry("field", "minSupport");
        });
    }

    private Map<String, Object> recompute(int minSupport) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("minSupport", minSupport);
        return ok(new TestShop(graphQl).execute("recomputeCoPurchases", variables)).field("recomputeCoPurchases").getValue();
    }

    private static Record edge(String from, String to) {
        return TestGraph.get().graph().read("""
                        MATCH (:Product {sku: $from})-[r:BOUGHT_WITH]->(:Product {sku: $to})
                        RETURN r.support AS support, r.lift AS lift, r.confidence AS confidence""",
                Map.of("from", from, "to", to)).records().stream().findFirst().orElse(null);
    }
}
