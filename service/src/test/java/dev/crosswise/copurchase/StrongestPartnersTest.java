package dev.crosswise.copurchase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.copurchase.CoPurchases.Edge;
import dev.crosswise.copurchase.CoPurchases.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrongestPartnersTest {

    @Test
    void aBestSellerKeepsOnlyItsStrongestPartnersWhileEachPartnerStillPointsAtIt() {
        // "milk" is in 500 of 1000 baskets and bought with 30 products; product i is in 10 + i baskets, 5 with milk
        Map<String, Long> baskets = new HashMap<>(Map.of("milk", 500L));
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String partner = "p%02d".formatted(i);
            baskets.put(partner, 10L + i);
            pairs.add(new Pair("milk", partner, 5));
        }

        List<Edge> edges = CoPurchases.strongestPartners(pairs, baskets, 1000);

        List<Edge> fromMilk = edges.stream().filter(e -> e.from().equals("milk")).toList();
        assertThat(fromMilk).hasSize(CoPurchases.PARTNERS_PER_PRODUCT);
        // the same 5 of milk's 500 baskets each: the pair alone cannot tell them apart, so the partner that sells best
        // predicts best (raw lift, 5 x 1000 / (500 x (10 + i)), would rank the rarest first)
        assertThat(fromMilk).extracting(Edge::to).startsWith("p29", "p28").doesNotContain("p00", "p09");
        assertThat(fromMilk.getFirst().lift()).isEqualTo(5.0 * 1000 / (500 * 39));
        assertThat(edges.stream().filter(e -> e.to().equals("milk"))).hasSize(30);
        assertThat(edges).filteredOn(e -> e.from().equals("p29")).singleElement()
                .satisfies(e -> assertThat(e.confidence()).isEqualTo(5.0 / 39));
    }

    @Test
    void equallyStrongPartnersAreRankedBySupportThenSku() {
        Map<String, Long> baskets = Map.of("a", 10L, "b", 10L, "c", 20L, "d", 20L);
        // lift of a-b = 2 x 100 / 100 = 2; a-c = 4 x 100 / 200 = 2; a-d the same as a-c
        List<Edge> fromA = CoPurchases.strongestPartners(
                        List.of(new Pair("a", "b", 2), new Pair("a", "d", 4), new Pair("a", "c", 4)), baskets, 100)
                .stream().filter(e -> e.from().equals("a")).toList();

        assertThat(fromA).extracting(Edge::to).containsExactly("c", "d", "b");
    }
}
