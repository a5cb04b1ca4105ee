package dev.crosswise.demand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.catalog.RepeatHabits;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RepeatHabitsLearningTest {

    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void customersWhoKeepBuyingTheirStaplesMakeTheirOwnOrdersCountAndWaitBeforeTheyAreDue() {
        Random random = new Random(7);
        List<Basket> baskets = new ArrayList<>();
        for (int c = 0; c < 150; c++) {
            List<String> staples = List.of("S-" + random.nextInt(40), "S-" + (40 + random.nextInt(40)));
            Instant[] lastBought = {null, null};
            int day = random.nextInt(3);
            for (int order = 0; order < 20; order++) {
                day += 1 + random.nextInt(3);
                Instant at = START.plus(day, ChronoUnit.DAYS);
                Set<String> skus = new LinkedHashSet<>();
                for (int s = 0; s < staples.size(); s++) {
                    // a staple lasts ten days: bought again once used up, not before
                    if (lastBought[s] == null || ChronoUnit.DAYS.between(lastBought[s], at) >= 10) {
                        skus.add(staples.get(s));
                        lastBought[s] = at;
                    }
                }
                skus.add("X-" + random.nextInt(200));
                baskets.add(new Basket("C-" + c, "C-" + c + "/" + order, at, List.copyOf(skus)));
            }
        }

        RepeatHabits habits = learn(baskets);

        // one-off products bought once in twenty orders pull the weight up: a single weight serves both
        assertThat(habits.priorOrders()).isLessThanOrEqualTo(50.0);
        assertThat(habits.dueShare()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void whenPastOrdersSayNothingOfTheNextTheBestSellersWeighMostAndNothingWaits() {
        Random random = new Random(11);
        List<Basket> baskets = new ArrayList<>();
        for (int c = 0; c < 300; c++) {
            int day = 0;
            for (int order = 0; order < 8; order++) {
                day += 1 + random.nextInt(30);
                Set<String> skus = new LinkedHashSet<>();
                while (skus.size() < 3) {
                    // the same popular products for everyone, whoever bought what before
                    skus.add("P-" + (int) Math.floor(30 * Math.pow(random.nextDouble(), 2)));
                }
                baskets.add(new Basket("C-" + c, "C-" + c + "/" + order, START.plus(day, ChronoUnit.DAYS),
                        List.copyOf(skus)));
            }
        }

        RepeatHabits habits = learn(baskets);

        assertThat(habits.priorOrders()).isGreaterThanOrEqualTo(100.0);
        assertThat(habits.dueShare()).isZero();
    }

    @Test
    void aHandfulOfOrdersCannotTell() {
        List<Basket> baskets = List.of(
                new Basket("C-1", "C-1/1", START, List.of("A", "B")),
                new Basket("C-1", "C-1/2", START.plus(5, ChronoUnit.DAYS), List.of("A")),
                new Basket("C-2", "C-2/1", START, List.of("B")));

        assertThat(learn(baskets)).isEqualTo(RepeatHabits.UNKNOWN);
    }

    private static RepeatHabits learn(List<Basket> baskets) {
        Map<String, Integer> cycles = ProductDemand.repeatCycles(ProductDemand.repeatIntervals(baskets));
        return RepeatHabitsLearning.learn(baskets, cycles);
    }
}
