package dev.crosswise.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.catalog.Product;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.ListLimit;
import dev.crosswise.rules.facts.Strategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How arbitration composes the list under the rules' limits, and reports what a limit left out. */
class ArbitrationTest {

    /**
     * @param ranked  best first, "sku:category:strategy" separated by spaces
     * @param limits  "CATEGORY=2 STRATEGY=3 LIST=1"
     */
    @ParameterizedTest(name = "[{0}] limits [{1}] limit {2} -> [{3}], left out [{4}]")
    @CsvSource({
            "A:x:ECOSYSTEM B:x:ECOSYSTEM C:x:ECOSYSTEM D:y:COMPLETION,          CATEGORY=2,           5, A B D,   C",
            "A:x:ECOSYSTEM B:y:ECOSYSTEM C:z:ECOSYSTEM D:w:ECOSYSTEM E:v:UPSELL, STRATEGY=3,           5, A B C E, D",
            "A:x:ECOSYSTEM B:y:ECOSYSTEM C:z:ECOSYSTEM D:w:ECOSYSTEM E:v:UPSELL, STRATEGY=3,           3, A B C,   ''",
            "A:x:COMPLEMENT B:y:COMPLETION C:z:ECOSYSTEM,                       LIST=1,               5, A,       B C",
            "A:x:COMPLEMENT B:y:COMPLETION C:z:ECOSYSTEM,                       LIST=1,               2, A,       B",
            "A:x:ECOSYSTEM B:x:ECOSYSTEM C:x:ECOSYSTEM D:x:ECOSYSTEM,          CATEGORY=2 LIST=1,    5, A,       B C D",
            "A:x:ECOSYSTEM B:x:ECOSYSTEM C:x:ECOSYSTEM,                         '',                   2, A B,     ''",
    })
    void theListRespectsTheLimitsAndReportsWhatTheyLeftOut(String ranked, String limits, int requested,
                                                           String expectedList, String expectedLeftOut) {
        List<Action> actions = Arrays.stream(ranked.split(" ")).map(ArbitrationTest::action).toList();
        List<ListLimit> listLimits = limits.isBlank() ? List.of() : Arrays.stream(limits.split(" ")).map(l -> {
            String[] parts = l.split("=");
            return new ListLimit(ListLimit.Per.valueOf(parts[0]), Integer.parseInt(parts[1]), "limit " + parts[0], "text");
        }).toList();
        List<SuppressedCandidate> suppressed = new ArrayList<>();

        List<Action> chosen = Arbitration.compose(actions, listLimits, requested, suppressed);

        assertThat(chosen).extracting(a -> a.product().sku()).containsExactly(expectedList.split(" "));
        assertThat(suppressed).extracting(s -> s.product().sku())
                .containsExactly(expectedLeftOut.isBlank() ? new String[0] : expectedLeftOut.split(" "));
        assertThat(suppressed).allSatisfy(s -> assertThat(s.rule()).startsWith("limit "));
    }

    private static Action action(String spec) {
        String[] parts = spec.split(":");
        var product = new Product(parts[0], "Product " + parts[0], 10, parts[1], null, null, false, false, 5,
                0.5, null, null, null, false, null);
        return new Action(0, product, Strategy.valueOf(parts[2]), null, Channel.WEB, 1, "message", List.of());
    }
}
