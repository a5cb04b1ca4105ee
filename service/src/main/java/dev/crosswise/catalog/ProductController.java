package dev.crosswise.catalog;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ProductController {

    private final Catalog catalog;
    private final ProductUpserts upserts;

    ProductController(Catalog catalog, ProductUpserts upserts) {
        this.catalog = catalog;
        this.upserts = upserts;
    }

    @QueryMapping
    Product product(@Argument String sku) {
        return catalog.find(sku).orElse(null);
    }

    @MutationMapping
    Product upsertProduct(@Argument ProductInput input) {
        return upserts.upsert(input);
    }

    /** One query for the upgrade targets of every product in the response. */
    @BatchMapping
    Map<Product, List<Product>> upgradesTo(List<Product> products) {
        return bySku(products, catalog.upgradesOf(skus(products)));
    }

    /** One query for the pairings of every product in the response. */
    @BatchMapping
    Map<Product, List<Complement>> complements(List<Product> products) {
        return bySku(products, catalog.complementsOf(skus(products)));
    }

    private static List<String> skus(List<Product> products) {
        return products.stream().map(Product::sku).distinct().toList();
    }

    private static <T> Map<Product, List<T>> bySku(List<Product> products, Map<String, List<T>> found) {
        return products.stream().distinct().collect(Collectors.toMap(Function.identity(),
                p -> found.getOrDefault(p.sku(), List.of())));
    }
}
