package dev.crosswise.copurchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crosswise.copurchase.CoPurchases.Edge;
import dev.crosswise.demand.Basket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CarryoverTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T10:00:00Z");
    /** Half of the camera's 20 baskets hold a memory card, which is in 10 of the shop's 100 baskets (share 0.1). */
    private static final List<Edge> CAMERA_CALLS_FOR_A_CARD = List.of(new Edge("camera", "card", 10, 5.0, 0.5));
    private static final Map<String, Long> BASKETS_PER_PRODUCT = Map.of("camera", 20L, "card", 10L, "bread", 40L);

    @Test
    void aPastPurchaseCarriesThePullItsOrdersShow() {
        // association (10 + 10 x 0.1) / (20 + 10) = 0.367, promised 0.267 above the card's share per customer;
        // 6 of 30 camera buyers take a card in their next order: 6 x 0.9 - 24 x 0.1 = 3.0 against 30 x 0.267 = 8.0
        List<Basket> baskets = cameraBuyers(30, 6);

        assertThat(Carryover.learn(baskets, CAMERA_CALLS_FOR_A_CARD, BASKETS_PER_PRODUCT, 100))
                .isCloseTo(0.375, within(1e-9));
    }

    @Test
    void aNextOrderThatIgnoresThePastCarriesNothing() {
        assertThat(Carryover.learn(cameraBuyers(30, 0), CAMERA_CALLS_FOR_A_CARD, BASKETS_PER_PRODUCT, 100)).isZero();
    }

    @Test
    void aPullStrongerThanTheBasketsOwnCountsAsAll() {
        assertThat(Carryover.learn(cameraBuyers(30, 30), CAMERA_CALLS_FOR_A_CARD, BASKETS_PER_PRODUCT, 100)).isEqualTo(1.0);
    }

    @Test
    void tooFewReturningCustomersCannotTell() {
        assertThat(Carryover.learn(cameraBuyers(29, 29), CAMERA_CALLS_FOR_A_CARD, BASKETS_PER_PRODUCT, 100)).isNull();
    }

    /** {@code customers} buy a camera, and a week later either a card ({@code withCard} of them) or bread. */
    private static List<Basket> cameraBuyers(int customers, int withCard) {
        List<Basket> baskets = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            String id = "C-" + c;
            // listed next order first: the order of the read is not the order of the purchases
            baskets.add(new Basket(id, id + "/2", MONDAY.plus(7, ChronoUnit.DAYS), List.of(c < withCard ? "card" : "bread")));
            baskets.add(new Basket(id, id + "/1", MONDAY, List.of("camera")));
        }
        return baskets;
    }
}
