package dev.crosswise.copurchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** How strongly buying A predicts buying B: confidence, shrunk toward B's share of all baskets. */
class AssociationTest {

    @Test
    void aPairSeenTwiceBetweenTwoRareItemsDoesNotBeatMilkAndBread() {
        // 1 000 baskets: milk 300, bread 200, both 80; two rare items in 3 baskets each, both 2
        var rarePair = new Association(2, 3, 3 / 1000.0);
        var milkThenBread = new Association(80, 300, 200 / 1000.0);

        assertThat(rarePair.confidence()).isGreaterThan(milkThenBread.confidence());
        assertThat(milkThenBread.strength()).isGreaterThan(rarePair.strength());
        assertThat(rarePair.strength()).isCloseTo((2 + 10 * 0.003) / (3 + 10), within(1e-12));
    }

    @Test
    void theEdgesOwnFiguresGiveTheSameAssociation() {
        // support 80, baskets with A 300, with B 200, of 1 000: lift = 80 x 1000 / (300 x 200), confidence 80 / 300
        var fromEdge = Association.ofEdge(80, 80.0 * 1000 / (300 * 200), 80.0 / 300);

        assertThat(fromEdge.basketsWithA()).isCloseTo(300, within(1e-9));
        assertThat(fromEdge.shareOfB()).isCloseTo(0.2, within(1e-12));
        assertThat(fromEdge.explained()).isEqualTo("in 80 of 300 baskets with it (27 %), shrunk toward its 20 % of all baskets: 0.265");
    }
}
