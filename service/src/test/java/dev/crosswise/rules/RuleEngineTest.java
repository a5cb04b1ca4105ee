package dev.crosswise.rules;

import static dev.crosswise.rules.Facts.aCustomer;
import static dev.crosswise.rules.Facts.candidate;
import static dev.crosswise.rules.Facts.like;
import static dev.crosswise.rules.Facts.evaluate;
import static dev.crosswise.rules.Facts.owned;
import static dev.crosswise.rules.Facts.request;
import static dev.crosswise.rules.Facts.suppressedBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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

    @Test
    void theSameFactsGiveTheConclusionsInTheSameOrderEveryTime() {
        // reasons are listed in the order the rules concluded them: a frontend comparing two answers must not
        // see them reshuffled
        List<List<String>> orders = new ArrayList<>();
        for (int run = 0; run < 20; run++) {
            orders.add(conclusionsInOrder(evaluate(manyConclusionsForEachOfTwelveCandidates())));
        }
        assertThat(orders.getFirst()).hasSizeGreaterThan(30);
        assertThat(orders).allSatisfy(order -> assertThat(order).isEqualTo(orders.getFirst()));
    }

    /** A Gold customer who bought the anchor an hour ago; twelve cheap, high-margin, scarce candidates, two owned. */
    private static List<Object> manyConclusionsForEachOfTwelveCandidates() {
        List<Object> facts = new ArrayList<>(List.of(request(), aCustomer().tier(Tier.GOLD).consents(Channel.EMAIL).build(),
                owned("ANCHOR", 1), owned("SKU-3", 300), owned("SKU-7", 300)));
        for (int i = 0; i < 12; i++) {
            facts.add(like("SKU-" + i, i % 2 == 0 ? Strategy.COMPLETION : Strategy.ECOSYSTEM, "ANCHOR")
                    .margin(0.7).stock(3).build());
        }
        return facts;
    }

    private static List<String> conclusionsInOrder(RuleOutcome outcome) {
        return Stream.of(
                outcome.timings().stream().map(t -> "timing " + t.getRule() + " " + skuOf(t.getCandidate())),
                outcome.suppressions().stream().map(s -> "suppression " + s.getRule() + " " + skuOf(s.getCandidate())),
                outcome.scoreFactors().stream().map(f -> "factor " + f.getRule() + " " + skuOf(f.getCandidate())),
                outcome.channelPicks().stream().map(c -> "channel " + c.getRule() + " " + skuOf(c.getCandidate())),
                outcome.notes().stream().map(n -> "note " + n.getRule() + " " + skuOf(n.getCandidate())))
                .flatMap(conclusions -> conclusions).toList();
    }

    private static String skuOf(Candidate candidate) {
        return candidate == null ? "(any)" : candidate.getSku();
    }
}
