package dev.crosswise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.TemporaryDirectories;
import dev.crosswise.graph.EmbeddedNeo4j;
import dev.crosswise.graph.Graph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;

/**
 * Product attributes kept in the service: read once, read again after a change. The change feed needs the database
 * in this JVM, so this test starts an embedded Neo4j of its own; the changes are made over Bolt by a separate
 * driver, as Neo4j Browser would make them.
 */
class CatalogCacheTest {

    private static Path dir;
    private static EmbeddedNeo4j neo4j;
    private static Driver browser;
    private static Graph graph;

    @BeforeAll
    static void embeddedNeo4jWithAFewProducts() throws IOException {
        dir = Files.createTempDirectory("crosswise-catalog-cache");
        neo4j = EmbeddedNeo4j.start(dir, 0, "32m");
        browser = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        graph = new Graph(browser, QueryConfig.defaultConfig(), null);
        graph.write("""
                CREATE (shoes:Category {id: 'shoes'}), (socks:Category {id: 'socks'}), (trail:Family {id: 'trail'})
                CREATE (:Product {sku: 'RUN-1', name: 'Runner', price: 100.0})-[:IN_CATEGORY]->(shoes)
                CREATE (t:Product {sku: 'TRAIL-1', name: 'Trail', price: 120.0})-[:IN_CATEGORY]->(shoes)
                CREATE (t)-[:PART_OF]->(trail)
                CREATE (:Product {sku: 'SOCK-1', name: 'Sock', price: 9.0})-[:IN_CATEGORY]->(socks)
                """, Map.of());
    }

    @AfterAll
    static void stop() {
        browser.close();
        neo4j.close();
        TemporaryDirectories.remove(dir);
    }

    private static CatalogCache fedCache() {
        CatalogCache cache = new CatalogCache(graph, null);
        neo4j.listen(new ProductChangeFeed(cache));
        return cache;
    }

    private static Product product(CatalogCache cache, String sku) {
        var found = cache.products(List.of(sku)).get(sku);
        return found == null ? null : found.product();
    }

    @Test
    void aProductIsReadOnceWithItsCategoryAndFamilyThenServedFromMemory() {
        CatalogCache cache = new CatalogCache(graph, Duration.ofHours(1));

        var products = cache.products(Set.of("RUN-1", "TRAIL-1", "NO-SUCH-SKU"));
        cache.products(Set.of("RUN-1", "TRAIL-1"));

        assertThat(products).containsOnlyKeys("RUN-1", "TRAIL-1");
        assertThat(products.get("TRAIL-1").product().category()).isEqualTo("shoes");
        assertThat(products.get("TRAIL-1").product().family()).isEqualTo("trail");
        assertThat(products.get("TRAIL-1").attributes().get("price").asDouble()).isEqualTo(120.0);
        assertThat(cache.loads()).isOne();
    }

    @Test
    void withoutAChangeFeedAProductIsReadAgainOnceItIsOlderThanTheMaxAge() {
        CatalogCache cache = new CatalogCache(graph, Duration.ZERO);

        cache.products(Set.of("SOCK-1"));
        cache.products(Set.of("SOCK-1"));

        assertThat(cache.loads()).isEqualTo(2);
    }

    @Test
    void anEvictedProductIsReadAgain() {
        CatalogCache cache = new CatalogCache(graph, Duration.ofHours(1));
        cache.products(Set.of("RUN-1", "SOCK-1"));

        cache.evict(List.of("RUN-1"));
        cache.products(Set.of("RUN-1", "SOCK-1"));

        assertThat(cache.loads()).isEqualTo(2);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void aPriceChangedInBrowserReachesTheCacheAtOnce() {
        CatalogCache cache = fedCache();
        assertThat(product(cache, "SOCK-1").price()).isEqualTo(9.0);

        graph.write("MATCH (p:Product {sku: 'SOCK-1'}) SET p.price = 7.5", Map.of());

        assertThat(product(cache, "SOCK-1").price()).isEqualTo(7.5);
    }

    @Test
    void aProductMovedToAnotherCategoryOrFamilyIsSeenThere() {
        CatalogCache cache = fedCache();
        graph.write("CREATE (:Product {sku: 'RUN-2', name: 'Runner two', price: 90.0})", Map.of());
        assertThat(product(cache, "RUN-2").category()).isNull();

        graph.write("""
                MATCH (p:Product {sku: 'RUN-2'}), (c:Category {id: 'shoes'}), (f:Family {id: 'trail'})
                CREATE (p)-[:IN_CATEGORY]->(c), (p)-[:PART_OF]->(f)
                """, Map.of());
        assertThat(product(cache, "RUN-2").category()).isEqualTo("shoes");
        assertThat(product(cache, "RUN-2").family()).isEqualTo("trail");

        graph.write("""
                MATCH (p:Product {sku: 'RUN-2'})-[old:IN_CATEGORY]->(), (c:Category {id: 'socks'})
                DELETE old CREATE (p)-[:IN_CATEGORY]->(c)
                """, Map.of());
        assertThat(product(cache, "RUN-2").category()).isEqualTo("socks");
    }

    @Test
    void aDeletedProductIsGoneFromTheCache() {
        CatalogCache cache = fedCache();
        graph.write("CREATE (:Product {sku: 'GONE-1', name: 'Gone', price: 1.0})", Map.of());
        assertThat(product(cache, "GONE-1")).isNotNull();

        graph.write("MATCH (p:Product {sku: 'GONE-1'}) DETACH DELETE p", Map.of());

        assertThat(product(cache, "GONE-1")).isNull();
    }

    @Test
    void aNewProductKeepsTheOthersCachedAndARenamedSkuIsGoneUnderItsOldName() {
        CatalogCache cache = fedCache();
        cache.products(Set.of("RUN-1", "TRAIL-1"));
        long loads = cache.loads();

        graph.write("CREATE (:Product {sku: 'NEW-1', name: 'New', price: 5.0})", Map.of());
        cache.products(Set.of("RUN-1", "TRAIL-1"));
        assertThat(cache.loads()).isEqualTo(loads);

        assertThat(product(cache, "NEW-1")).isNotNull();
        graph.write("MATCH (p:Product {sku: 'NEW-1'}) SET p.sku = 'NEW-2'", Map.of());
        assertThat(product(cache, "NEW-1")).isNull();
        assertThat(product(cache, "NEW-2").name()).isEqualTo("New");
    }

    @Test
    void writesThatDoNotTouchTheCatalogKeepItWhole() {
        CatalogCache cache = fedCache();
        cache.products(Set.of("RUN-1", "TRAIL-1"));
        long loads = cache.loads();

        graph.write("""
                CREATE (c:Customer {id: 'C-1'})-[:DID]->(:Event {id: 'E-1', type: 'VIEW', sku: 'RUN-1'})
                WITH c MATCH (p:Product {sku: 'RUN-1'}) CREATE (c)-[:OWNS {at: datetime()}]->(p)
                """, Map.of());
        cache.products(Set.of("RUN-1", "TRAIL-1"));

        assertThat(cache.loads()).isEqualTo(loads);
    }

    @Test
    void theProductGraphIsReadOnceAndAgainAfterAnEdgeIsAddedInBrowser() {
        CatalogCache cache = fedCache();
        assertThat(cache.productGraph().pairings("RUN-1")).isEmpty();
        cache.productGraph();
        assertThat(cache.productGraphLoads()).isOne();

        graph.write("""
                MATCH (run:Product {sku: 'RUN-1'}), (sock:Product {sku: 'SOCK-1'})
                CREATE (run)-[:COMPLEMENTS {strength: 0.8}]->(sock)
                """, Map.of());

        assertThat(cache.productGraph().pairings("RUN-1")).containsExactly(new ProductGraph.Pairing("SOCK-1", 0.8));
        assertThat(cache.productGraphLoads()).isEqualTo(2);
    }

    @Test
    void theProductGraphFollowsAChangedStrengthAFamilyAndARenamedSku() {
        CatalogCache cache = fedCache();
        graph.write("""
                MATCH (run:Product {sku: 'RUN-1'}), (trail:Product {sku: 'TRAIL-1'})
                CREATE (run)-[:UPGRADES_TO]->(trail), (trail)-[:COMPLEMENTS {strength: 0.3}]->(run)
                """, Map.of());
        assertThat(cache.productGraph().upgrades("RUN-1")).containsExactly("TRAIL-1");

        graph.write("MATCH (:Product {sku: 'TRAIL-1'})-[c:COMPLEMENTS]->() SET c.strength = 0.9", Map.of());
        assertThat(cache.productGraph().pairings("TRAIL-1")).containsExactly(new ProductGraph.Pairing("RUN-1", 0.9));

        graph.write("MATCH (f:Family {id: 'trail'}) SET f.name = 'Trail running'", Map.of());
        assertThat(cache.productGraph().familiesOf("TRAIL-1")).extracting(ProductGraph.Family::name)
                .containsExactly("Trail running");

        graph.write("MATCH (p:Product {sku: 'TRAIL-1'}) SET p.sku = 'TRAIL-2'", Map.of());
        assertThat(cache.productGraph().upgrades("RUN-1")).containsExactly("TRAIL-2");
        graph.write("""
                MATCH (p:Product {sku: 'TRAIL-2'}) SET p.sku = 'TRAIL-1'
                WITH p MATCH (p)-[r:UPGRADES_TO|COMPLEMENTS]-() DELETE r
                """, Map.of());
    }

    @Test
    void customerWritesAndPriceChangesKeepTheProductGraph() {
        CatalogCache cache = fedCache();
        cache.productGraph();

        graph.write("""
                MERGE (c:Customer {id: 'C-2'}) WITH c MATCH (p:Product {sku: 'SOCK-1'})
                CREATE (c)-[:OWNS {at: datetime()}]->(p) SET p.stock = 12
                """, Map.of());
        cache.productGraph();

        assertThat(cache.productGraphLoads()).isOne();
    }

    @Test
    void withoutAChangeFeedTheProductGraphIsReadAgainOnceOlderThanTheMaxAgeOrAfterThisServiceChangedIt() {
        CatalogCache cache = new CatalogCache(graph, Duration.ofHours(1));
        cache.productGraph();
        cache.productGraph();
        assertThat(cache.productGraphLoads()).isOne();

        cache.evictProductGraph(); // what upsertProduct and recomputeCoPurchases do
        cache.productGraph();
        assertThat(cache.productGraphLoads()).isEqualTo(2);

        CatalogCache ageing = new CatalogCache(graph, Duration.ZERO);
        ageing.productGraph();
        ageing.productGraph();
        assertThat(ageing.productGraphLoads()).isEqualTo(2);
    }

    @Test
    void withoutAChangeFeedARefreshReadsAgainEverythingHeldSoDecisionsDoNotWait() {
        graph.write("CREATE (:Product {sku: 'KEPT-1', name: 'Kept', price: 5.0}), (:Product {sku: 'GONE-1', name: 'Gone', price: 7.0})",
                Map.of());
        try {
            CatalogCache cache = new CatalogCache(graph, Duration.ofHours(1));
            cache.products(Set.of("KEPT-1", "GONE-1"));
            cache.productGraph();
            // changed by another client of an external Neo4j: nothing tells the cache
            graph.write("MATCH (kept:Product {sku: 'KEPT-1'}), (gone:Product {sku: 'GONE-1'}) SET kept.price = 6.0 DETACH DELETE gone",
                    Map.of());

            cache.refresh();

            assertThat(cache.productGraphLoads()).isEqualTo(2);
            assertThat(product(cache, "KEPT-1").price()).isEqualTo(6.0);
            assertThat(cache.size()).isOne(); // the deleted product is forgotten
            cache.productGraph();
            assertThat(cache.loads()).as("round trips on a decision's time").isOne();
            assertThat(cache.productGraphLoads()).isEqualTo(2);
        } finally {
            graph.write("MATCH (p:Product) WHERE p.sku IN ['KEPT-1', 'GONE-1'] DETACH DELETE p", Map.of());
        }
    }

    @Test
    void theRefresherReadsTheCatalogAgainEveryHalfMaxAgeUntilStopped() throws InterruptedException {
        CatalogCache cache = new CatalogCache(graph, Duration.ofMillis(400));
        CatalogRefresher refresher = new CatalogRefresher(cache);
        refresher.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (cache.refreshes() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(cache.refreshes()).isGreaterThanOrEqualTo(2);
        } finally {
            refresher.stop();
        }
        assertThat(refresher.isRunning()).isFalse();
        long refreshes = cache.refreshes();
        Thread.sleep(600);
        assertThat(cache.refreshes()).isEqualTo(refreshes);
    }

    @Test
    void withAChangeFeedThereIsNothingToRefresh() {
        CatalogCache cache = fedCache();
        CatalogRefresher refresher = new CatalogRefresher(cache);

        refresher.start();
        cache.refresh();

        assertThat(refresher.isRunning()).isFalse();
        assertThat(cache.refreshes()).isZero();
        assertThat(cache.productGraphLoads()).isZero();
    }
}
