package dev.crosswise.promotion;

import dev.crosswise.catalog.CatalogCache;
import dev.crosswise.graph.Graph;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PromotionConfiguration {

    @Bean
    Promotions promotions(Graph graph, PromotionProperties properties, CatalogCache catalog) {
        return new Promotions(graph, properties.maxAge(), catalog);
    }
}
