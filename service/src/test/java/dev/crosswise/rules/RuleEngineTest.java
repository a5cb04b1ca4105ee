package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.candidate;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.owned;
import static dev.crosswise.rules.Facts.request;
import static dev.crosswise.rules.Facts.suppressedBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Rule sessions are kept between decisions and reset in between: a decision sees only its own facts. */
class RuleEngineTest {

    @Test
    void aDecisionSeesNothingOfTheDecisionBefore() {
        var shoes = candidate("SHOES", Strategy.COMPLETION, "BLAZER");
        var owningShoes = evaluate(request(), shoes, owned("BLAZER", 100), owned("SHOES", 500));
        assertThat(suppressedBy(owningShoes, shoes)).containsExactly("Never offer what the customer owns");

        var sameShoes = candidate("SHOES", Strategy.COMPLETION, "BLAZER");
        var notOwningShoes = evaluate(request(), sameShoes, owned("BLAZER", 100));

        assertThat(suppressedBy(notOwningShoes, sameShoes)).isEmpty();
        assertThat(notOwningShoes.suppressions()).isEmpty();
        assertThat(RuleEngine.openSessions()).isZero();
    }

    @Test
    void concurrentDecisionsEachGetTheirOwnOutcome() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean owns = i % 2 == 0;
                answers.add(threads.submit(() -> {
                    var shoes = candidate("SHOES", Strategy.COMPLETION, "BLAZER");
                    var outcome = owns ? evaluate(request(), shoes, owned("BLAZER", 100), owned("SHOES", 500))
                            : evaluate(request(), shoes, owned("BLAZER", 100));
                    return suppressedBy(outcome, shoes).isEmpty() != owns;
                }));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(RuleEngine.openSessions()).isZero();
    }
}
