package dev.crosswise.bench.backtest;

import static dev.crosswise.bench.backtest.ToyHistory.gain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractDoubleAssert;
import org.junit.jupiter.api.Test;

/** The toy history's targets: member 1 {a, d} (owns a), member 2 {b, e} (owns b), member 3 {a, e} (cold). */
class EvaluationTest {

    final HistorySplit split = ToyHistory.splitByDate();
    final TrainingHistory history = TrainingHistory.of(split.training());
    final Evaluation evaluation = new Evaluation(history);
    final Baselines baselines = new Baselines(history);

    @Test
    void globalPopularityInTheThreeViews() {
        MethodScores scores = evaluation.score(baselines.methods(10).getFirst(), split.members());

        // ranking a, c, b: members 1 and 3 find a first, member 2 finds b third; each target has 2 items
        assertView(scores.overall(), 3, 1, 0.5, (2 * gain(1) + gain(3)) / (3 * (gain(1) + gain(2))));
        // repeat: member 1's {a} at 1, member 2's {b} at 3
        assertView(scores.repeat(), 2, 1, 1, (1 + gain(3)) / 2);
        // new: member 1 owns every item and member 2 all but a, so only member 3 finds a new item (a, of {a, e})
        assertView(scores.newItems(), 3, 1 / 3.0, 1 / 6.0, 1 / (1 + gain(2)) / 3);
        assertThat(scores.coverage()).isEqualTo(1.0);
        assertThat(scores.emptyShare()).isZero();
        assertThat(scores.meanItems()).isEqualTo(3.0);
    }

    @Test
    void personalPopularityHasNothingNewAndNothingForTheColdMember() {
        MethodScores scores = evaluation.score(baselines.methods(10).get(1), split.members());

        // member 1: a at 1; member 2 (c, b): b at 2; member 3: nothing
        assertView(scores.overall(), 3, 2 / 3.0, 1 / 3.0, 1 / 3.0);
        assertView(scores.repeat(), 2, 1, 1, (1 + gain(2)) / 2);
        assertView(scores.newItems(), 3, 0, 0, 0);
        assertThat(scores.emptyShare()).isEqualTo(1 / 3.0);
        assertThat(scores.meanItems()).as("3, 2 and 0 items").isEqualTo(5 / 3.0);
    }

    @Test
    void theNewViewReadsTheLongerRankingWithoutTheMembersOwnItems() {
        Map<String, MemberAnswer> answers = Map.of(
                "M-1", new MemberAnswer(List.of("G-c"), List.of("G-c", "G-d", "G-a")),
                "M-2", MemberAnswer.EMPTY,
                "M-3", new MemberAnswer(List.of("G-a"), List.of("G-a", "G-e")));
        MethodScores scores = evaluation.score(new Method("asked", m -> answers.get(m.customerId())), split.members());

        assertView(scores.overall(), 3, 1 / 3.0, 1 / 6.0, 1 / (1 + gain(2)) / 3);
        // member 1's first new item is d, member 3's are a and e: both complete; member 2 had nothing
        assertView(scores.newItems(), 3, 2 / 3.0, 2 / 3.0, 2 / 3.0);
        assertThat(scores.coverage()).as("c and a of a, b, c").isEqualTo(2 / 3.0);
        assertThat(scores.emptyShare()).isEqualTo(1 / 3.0);
    }

    @Test
    void aViewWithoutMembersHasNoFigures() {
        var cold = split.members().stream().filter(m -> !history.knows(m.customerId())).toList();
        MethodScores scores = evaluation.score(baselines.methods(10).getFirst(), cold);

        assertThat(scores.repeat().members()).isZero();
        assertThat(scores.repeat().hr5()).isNaN();
        assertThat(evaluation.score(baselines.methods(10).getFirst(), List.of()).coverage()).isNaN();
    }

    /** Every target here is at most 3 items deep in a ranking of 3, so the figures at 5 and at 10 are the same. */
    private static void assertView(ViewScores view, int members, double hr, double recall, double ndcg) {
        assertThat(view.members()).isEqualTo(members);
        close(view.hr5(), hr);
        close(view.hr10(), hr);
        close(view.recall5(), recall);
        close(view.recall10(), recall);
        close(view.ndcg5(), ndcg);
        close(view.ndcg10(), ndcg);
    }

    private static AbstractDoubleAssert<?> close(double actual, double expected) {
        return assertThat(actual).isCloseTo(expected, within(1e-12));
    }
}
