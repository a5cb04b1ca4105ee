package dev.crosswise.catalog;

import dev.crosswise.graph.EmbeddedNeo4j;
import dev.crosswise.graph.Graph;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The catalog cache, fed by the embedded database's changes when Neo4j runs in-process. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CatalogConfiguration.class);

    @Bean
    CatalogCache catalogCache(Graph graph, CatalogProperties properties, ObjectProvider<EmbeddedNeo4j> embedded,
                              MeterRegistry meters) {
        EmbeddedNeo4j neo4j = embedded.getIfAvailable();
        // in-process, the database reports every change; an external one does not, so entries age out
        CatalogCache cache = new CatalogCache(graph, neo4j != null ? null : properties.maxAge());
        if (neo4j != null) {
            neo4j.listen(new ProductChangeFeed(cache));
        }
        Gauge.builder("crosswise.catalog.products", cache, CatalogCache::size)
                .description("products whose attributes decisions use from memory").register(meters);
        FunctionCounter.builder("crosswise.catalog.loads", cache, CatalogCache::loads)
                .description("round trips that read products not in memory yet").register(meters);
        FunctionCounter.builder("crosswise.catalog.graph.loads", cache, CatalogCache::productGraphLoads)
                .description("reads of the product graph (after a change to it, its max age, or a refresh)")
                .register(meters);
        FunctionCounter.builder("crosswise.catalog.refreshes", cache, CatalogCache::refreshes)
                .description("background reads of the whole catalog ahead of its max age (external Neo4j only)")
                .register(meters);
        return cache;
    }

    /** With an external Neo4j the cache is read again in the background before it grows old; embedded, it idles. */
    @Bean
    CatalogRefresher catalogRefresher(CatalogCache cache) {
        return new CatalogRefresher(cache);
    }

    /** The product graph is read once the service is up, so that the first decision does not wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    void readProductGraph(ApplicationReadyEvent ready) {
        try {
            ready.getApplicationContext().getBean(CatalogCache.class).productGraph();
        } catch (RuntimeException unavailable) {
            // Neo4j not reachable yet: the first decision reads it instead
            log.warn("The product graph was not read at start: {}", unavailable.toString());
        }
    }
}
