package dev.crosswise.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswise.api.NotFoundException;
import dev.crosswise.graph.TestGraph;
import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.Strategy;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The graph traversals, against a real Neo4j over Bolt with the demo seed. */
class CustomerContextReaderTest {

    private final CustomerContextReader reader = new CustomerContextReader(TestGraph.get().graph());
    private final Instant friday = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void completionGapsFollowTheSolutionFromTheLatestOwnedPart() {
        var context = reader.read("C-ADA", friday, Set.of());

        assertThat(context.candidates()).filteredOn(c -> c.getStrategy() == Strategy.COMPLETION)
                .extracting(Candidate::getSku)
                .contains("W-TRS-GREY", "W-SHO-OXF", "W-TIE-SILK", "W-BLT-LEATHER");
        Candidate trousers = find(context, "W-TRS-GREY", Strategy.COMPLETION);
        assertThat(trousers.getAnchorSku()).isEqualTo("W-BLZ-NAVY");
        assertThat(trousers.getPath()).containsExactly("Customer:C-ADA", "Product:W-BLZ-NAVY",
                "Solution:office-look", "Product:W-TRS-GREY");
    }

    @Test
    void ecosystemGapsAreTheOtherMembersOfAnAdoptedFamily() {
        var context = reader.read("C-GRACE", friday, Set.of());

        Candidate outdoor = find(context, "L-OUTDOOR", Strategy.ECOSYSTEM);
        assertThat(outdoor.getPath()).containsExactly("Customer:C-GRACE", "Product:L-STRIP", "Family:luma",
                "Product:L-OUTDOOR");
        // A member in a category the customer already covers adds less than one that adds a new function.
        assertThat(find(context, "L-BULB-COLOR", Strategy.ECOSYSTEM).getRelevance()).isLessThan(outdoor.getRelevance());
    }

    @Test
    void theGraphIsSeenAsOfTheDecisionTime() {
        var before = reader.read("C-ADA", Instant.parse("2026-11-01T00:00:00Z"), Set.of());

        assertThat(before.owned()).extracting(o -> o.getSku()).containsExactly("W-SHT-WHITE");
        assertThat(before.candidates()).extracting(Candidate::getAnchorSku).doesNotContain("W-BLZ-NAVY");
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        assertThatThrownBy(() -> reader.read("C-NOBODY", friday, Set.of()))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("C-NOBODY");
    }

    private static Candidate find(CustomerContext context, String sku, Strategy strategy) {
        return context.candidates().stream().filter(c -> c.getSku().equals(sku) && c.getStrategy() == strategy)
                .findFirst().orElseThrow(() -> new AssertionError("no " + strategy + " candidate " + sku));
    }
}
