package dev.crosswise.bench.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphGeneratorTest {

    static final GeneratorSettings TINY = GeneratorSettings.full(7).withCustomers(300).withProducts(200);

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOtherRows() {
        GraphGenerator a = new GraphGenerator(TINY);
        GraphGenerator b = new GraphGenerator(TINY);
        assertThat(a.catalog()).isEqualTo(b.catalog());
        assertThat(customers(a)).isEqualTo(customers(b));

        GraphGenerator other = new GraphGenerator(GeneratorSettings.full(8).withCustomers(300).withProducts(200));
        assertThat(customers(other)).isNotEqualTo(customers(a));
    }

    @Test
    void aCustomerIsTheSameGeneratedAloneOrInSequence() {
        GraphGenerator generator = new GraphGenerator(TINY);
        CustomerRows inSequence = customers(generator).get(123);
        assertThat(new GraphGenerator(TINY).customer(123)).isEqualTo(inSequence);
    }

    @Test
    void ownershipFollowsASkewedPopularityAndOnlyNamesGeneratedProducts() {
        GraphGenerator generator = new GraphGenerator(TINY);
        Set<Object> skus = new HashSet<>();
        generator.catalog().products().forEach(p -> skus.add(p.get("sku")));
        Map<Object, Integer> owners = new HashMap<>();
        long owns = 0;
        for (CustomerRows rows : customers(generator)) {
            for (Map<String, Object> own : rows.owns()) {
                assertThat(skus).contains(own.get("sku"));
                owners.merge(own.get("sku"), 1, Integer::sum);
                owns++;
            }
            assertThat(rows.owns().stream().map(o -> o.get("sku")).distinct().count()).isEqualTo(rows.owns().size());
        }
        // about 10 per customer, the best seller far ahead of the median product
        assertThat(owns).isBetween(300L * 7, 300L * 13);
        List<Integer> counts = new ArrayList<>(owners.values());
        counts.sort(null);
        assertThat(counts.getLast()).isGreaterThan(5 * counts.get(counts.size() / 2));
    }

    @Test
    void theCatalogHasEveryStructureTheTraversalsUse() {
        CatalogRows catalog = new GraphGenerator(TINY).catalog();
        assertThat(catalog.families()).isNotEmpty();
        assertThat(catalog.solutions()).isNotEmpty();
        assertThat(catalog.upgrades()).isNotEmpty();
        assertThat(catalog.complements()).isNotEmpty();
        assertThat(catalog.boughtWith()).isNotEmpty();
        assertThat(catalog.products()).hasSize(200);
    }

    private static List<CustomerRows> customers(GraphGenerator generator) {
        List<CustomerRows> rows = new ArrayList<>();
        for (int i = 0; i < generator.settings().customers(); i++) {
            rows.add(generator.customer(i));
        }
        return rows;
    }
}
