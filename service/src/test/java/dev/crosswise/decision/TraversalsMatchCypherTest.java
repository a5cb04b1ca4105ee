package dev.crosswise.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.TemporaryDirectories;
import dev.crosswise.catalog.CatalogCache;
import dev.crosswise.graph.EmbeddedNeo4j;
import dev.crosswise.graph.Graph;
import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.Strategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The traversals the service walks in memory give exactly the candidates of the same traversals written in Cypher
 * ({@link CypherTraversals}), on a random but seeded shop: families bigger than the per-strategy limit, solutions,
 * upgrade chains with premium steps, pairings with and without strength, co-purchases on both sides of lift 1,
 * owned products bought as gifts or returned, views, carts, a product being looked at.
 */
class TraversalsMatchCypherTest {

    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");
    private static final int PRODUCTS = 90;
    private static final int CUSTOMERS = 70;

    private static Path dir;
    private static EmbeddedNeo4j neo4j;
    private static Driver driver;
    private static Graph graph;

    @BeforeAll
    static void aRandomShop() throws IOException {
        dir = Files.createTempDirectory("crosswise-traversals");
        neo4j = EmbeddedNeo4j.start(dir, 0, "32m");
        driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        graph = new Graph(driver, QueryConfig.defaultConfig(), null);
        Random random = new Random(20261121);

        List<Map<String, Object>> products = new ArrayList<>();
        List<Map<String, Object>> edges = new ArrayList<>();
        Set<Integer> upgradeTargets = new HashSet<>();
        for (int i = 0; i < PRODUCTS; i++) {
            Map<String, Object> p = new HashMap<>();
            p.put("sku", sku(i));
            p.put("premium", random.nextInt(4) == 0);
            p.put("consumable", random.nextInt(5) == 0);
            p.put("cycleDays", random.nextInt(3) == 0 ? 30 + random.nextInt(60) : null);
            p.put("giftable", random.nextInt(4) == 0);
            p.put("level", List.of("ENTRY", "INTERMEDIATE", "ADVANCED").get(random.nextInt(3)));
            p.put("category", "cat-" + random.nextInt(6));
            p.put("secondCategory", random.nextInt(5) == 0 ? "cat-" + random.nextInt(6) : null);
            // four families of ~20 (more than the 25-per-strategy limit once two are adopted), some products in none
            p.put("family", random.nextInt(10) < 9 ? "fam-" + random.nextInt(4) : null);
            products.add(p);
            // one predecessor per product at most: which anchor an upsell names is then never a tie
            int target = random.nextInt(PRODUCTS);
            if (random.nextInt(3) == 0 && target != i && upgradeTargets.add(target)) {
                edges.add(Map.of("type", "UPGRADES_TO", "from", sku(i), "to", sku(target)));
            }
            for (int k = random.nextInt(3); k > 0; k--) {
                Map<String, Object> pairing = new HashMap<>(Map.of("type", "COMPLEMENTS", "from", sku(i),
                        "to", sku(random.nextInt(PRODUCTS))));
                pairing.put("strength", random.nextBoolean() ? Math.round(random.nextDouble() * 100) / 100.0 : null);
                edges.add(pairing);
            }
            for (int k = random.nextInt(6); k > 0; k--) {
                edges.add(Map.of("type", "BOUGHT_WITH", "from", sku(i), "to", sku(random.nextInt(PRODUCTS)),
                        "lift", 0.5 + random.nextDouble() * 4, "support", (double) (2 + random.nextInt(30))));
            }
        }
        List<Map<String, Object>> solutions = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            List<Map<String, Object>> parts = new ArrayList<>();
            for (int k = 2 + random.nextInt(4); k > 0; k--) {
                Map<String, Object> part = new HashMap<>(Map.of("sku", sku(random.nextInt(PRODUCTS)),
                        "optional", random.nextInt(3) == 0));
                part.put("role", random.nextBoolean() ? "part " + k : null);
                parts.add(part);
            }
            solutions.add(Map.of("id", "sol-" + s, "name", "Solution " + s, "parts", parts));
        }
        graph.write("""
                UNWIND range(0, 5) AS c CREATE (:Category {id: 'cat-' + c})
                WITH count(*) AS done
                UNWIND range(0, 3) AS f CREATE (:Family {id: 'fam-' + f, name: 'Family ' + f})
                """, Map.of());
        graph.write("""
                UNWIND $products AS p
                CREATE (product:Product {sku: p.sku, name: 'Product ' + p.sku, price: 10.0, premium: p.premium,
                        consumable: p.consumable, cycleDays: p.cycleDays, giftable: p.giftable, level: p.level})
                WITH product, p
                MATCH (category:Category {id: p.category})
                CREATE (product)-[:IN_CATEGORY]->(category)
                WITH product, p
                CALL (product, p) {
                  MATCH (second:Category {id: p.secondCategory}) WHERE second.id <> p.category
                  CREATE (product)-[:IN_CATEGORY]->(second)
                }
                WITH product, p
                CALL (product, p) {
                  MATCH (family:Family {id: p.family})
                  CREATE (product)-[:PART_OF]->(family)
                }
                """, Map.of("products", products));
        graph.write("""
                UNWIND $edges AS e
                MATCH (from:Product {sku: e.from}), (to:Product {sku: e.to})
                CALL (e, from, to) {
                  WITH * WHERE e.type = 'UPGRADES_TO' CREATE (from)-[:UPGRADES_TO]->(to)
                }
                CALL (e, from, to) {
                  WITH * WHERE e.type = 'COMPLEMENTS' CREATE (from)-[:COMPLEMENTS {strength: e.strength}]->(to)
                }
                CALL (e, from, to) {
                  WITH * WHERE e.type = 'BOUGHT_WITH' CREATE (from)-[:BOUGHT_WITH {lift: e.lift, support: e.support}]->(to)
                }
                """, Map.of("edges", edges));
        graph.write("""
                UNWIND $solutions AS s
                CREATE (solution:Solution {id: s.id, name: s.name})
                WITH solution, s
                UNWIND s.parts AS part
                MATCH (p:Product {sku: part.sku})
                CREATE (solution)-[:NEEDS {role: part.role, optional: part.optional}]->(p)
                """, Map.of("solutions", solutions));

        List<Map<String, Object>> customers = new ArrayList<>();
        for (int c = 0; c < CUSTOMERS; c++) {
            List<Map<String, Object>> owned = new ArrayList<>();
            Set<String> skus = new HashSet<>();
            // distinct times: which owned product is "the latest" is never a tie
            int minutes = 0;
            for (int k = random.nextInt(14); k > 0; k--) {
                String sku = sku(random.nextInt(PRODUCTS));
                if (!skus.add(sku)) {
                    continue;
                }
                minutes += 1 + random.nextInt(40_000);
                Map<String, Object> o = new HashMap<>();
                o.put("sku", sku);
                // a few bought after the decision time: they do not exist for it yet
                o.put("at", AT.minus(minutes, ChronoUnit.MINUTES).plus(random.nextInt(12) == 0 ? 100_000 : 0,
                        ChronoUnit.MINUTES).atZone(ZoneOffset.UTC));
                o.put("usagePercent", random.nextBoolean() ? null : (double) random.nextInt(150));
                o.put("gift", random.nextInt(8) == 0);
                o.put("returned", random.nextInt(10) == 0);
                owned.add(o);
            }
            List<Map<String, Object>> events = new ArrayList<>();
            for (int k = random.nextInt(5); k > 0; k--) {
                events.add(Map.of("id", "E-" + c + "-" + k, "type", random.nextInt(4) == 0 ? "CART_ADD" : "VIEW",
                        "sku", sku(random.nextInt(PRODUCTS)),
                        "at", AT.minus(1 + random.nextInt(60 * 24 * 45), ChronoUnit.MINUTES).atZone(ZoneOffset.UTC)));
            }
            customers.add(Map.of("id", customer(c), "owned", owned, "events", events));
        }
        graph.write("""
                UNWIND $customers AS c
                CREATE (customer:Customer {id: c.id, name: c.id, tier: 'SILVER'})
                WITH customer, c
                CALL (customer, c) {
                  UNWIND c.owned AS o
                  MATCH (p:Product {sku: o.sku})
                  CREATE (customer)-[:OWNS {at: o.at, usagePercent: o.usagePercent, gift: o.gift,
                                            returned: o.returned, price: 10.0}]->(p)
                }
                CALL (customer, c) {
                  UNWIND c.events AS e
                  MATCH (p:Product {sku: e.sku})
                  CREATE (customer)-[:DID]->(:Event {id: e.id, type: e.type, sku: e.sku, at: e.at})-[:ABOUT]->(p)
                }
                """, Map.of("customers", customers));
    }

    @AfterAll
    static void stop() {
        driver.close();
        neo4j.close();
        TemporaryDirectories.remove(dir);
    }

    @Test
    void everyCustomerGetsTheCandidatesOfTheCypherTraversals() {
        CatalogCache catalog = new CatalogCache(graph, null);
        CustomerContextReader reader = new CustomerContextReader(graph, catalog);
        Random random = new Random(7);
        for (int c = 0; c < CUSTOMERS; c++) {
            assertSameCandidates(reader, catalog, customer(c), Set.of(), null);
            // with a cart item from the request and a product being looked at
            assertSameCandidates(reader, catalog, customer(c), Set.of(sku(random.nextInt(PRODUCTS))),
                    sku(random.nextInt(PRODUCTS)));
        }
    }

    @Test
    void theBulkReadGivesEachCustomerTheSameCandidatesAsASingleRead() {
        CatalogCache catalog = new CatalogCache(graph, null);
        CustomerContextReader reader = new CustomerContextReader(graph, catalog);
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            ids.add(customer(c));
        }

        Map<String, CustomerContext> bulk = reader.readAll(ids, AT);

        assertThat(bulk).hasSize(40);
        for (String id : ids) {
            assertThat(described(bulk.get(id).candidates()))
                    .isEqualTo(described(reader.read(id, AT, Set.of()).candidates()));
        }
    }

    private static void assertSameCandidates(CustomerContextReader reader, CatalogCache catalog, String customerId,
                                             Set<String> cart, String productSku) {
        // best sellers and repeat purchases are no traversal of the graph: the reference has none
        List<Candidate> walked = reader.read(customerId, AT, cart, productSku).candidates().stream()
                .filter(c -> c.getStrategy() != Strategy.POPULAR && !RepeatPurchases.TRAVERSAL.equals(c.getTraversal()))
                .toList();

        Record record = graph.read(CypherTraversals.CONTEXT_QUERY,
                CustomerContextReader.parameters(customerId, AT, cart, productSku)).records().getFirst();
        List<GraphCandidate> fromCypher = record.get("candidates").asList(TraversalsMatchCypherTest::fromCypher);
        Set<String> skus = new HashSet<>(cart);
        fromCypher.forEach(candidate -> {
            skus.add(candidate.sku());
            skus.add(candidate.anchorSku());
        });
        record.get("owned").values().forEach(o -> skus.add(o.get("sku").asString()));
        List<Candidate> expected = CustomerContextReader.toContext(record, fromCypher, catalog.products(skus), AT, cart, productSku)
                .candidates();

        assertThat(described(walked)).as("candidates of %s (cart %s, looking at %s)", customerId, cart, productSku)
                .isEqualTo(described(expected));
    }

    /** Every field a rule or a reason sees, one line per candidate, sorted (the Cypher leaves the order open). */
    private static List<String> described(List<Candidate> candidates) {
        return candidates.stream().map(c -> String.join(" | ", c.getStrategy().name(), c.getTraversal(), c.getSku(),
                        String.valueOf(c.getAnchorSku()), String.valueOf(c.getVia()), String.valueOf(c.getRole()),
                        String.format(Locale.ROOT, "%.9f", c.getRelevance()), String.valueOf(c.getPath()),
                        c.getExplanation()))
                .sorted().collect(Collectors.toList());
    }

    private static GraphCandidate fromCypher(Value c) {
        return new GraphCandidate(Strategy.valueOf(c.get("strategy").asString()),
                c.get("traversal").asString(), c.get("sku").asString(), c.get("anchorSku").asString(null),
                c.get("via").asString(null), c.get("viaId").asString(null), c.get("role").asString(null),
                c.get("relevance").asDouble(), c.get("usagePercent").isNull() ? null : c.get("usagePercent").asDouble(),
                c.get("strength").isNull() ? null : c.get("strength").asDouble(),
                c.get("lift").isNull() ? null : c.get("lift").asDouble(),
                c.get("support").isNull() ? null : c.get("support").asDouble(),
                c.get("boughtAt").isNull() ? null : c.get("boughtAt").asZonedDateTime().toInstant(),
                c.get("confidence").isNull() ? null : c.get("confidence").asDouble(), null, null);
    }

    private static String sku(int i) {
        return "P-%02d".formatted(i);
    }

    private static String customer(int c) {
        return "C-%03d".formatted(c);
    }
}
