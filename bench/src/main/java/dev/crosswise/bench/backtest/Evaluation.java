package dev.crosswise.bench.backtest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a method on the test members in three views:
 * <ul>
 * <li><b>overall</b>: the whole target basket against the ranking as answered;</li>
 * <li><b>repeat</b>: the target's items the member bought in training (members with at least one), the ranking as
 * answered;</li>
 * <li><b>new</b>: the target's items new to the member (members with at least one), against the method's first items
 * new to the member, read from its longer ranking — else a method that rightly re-offers milk first would have no
 * room left for new items, and one that never re-offers would win the view by construction.</li>
 * </ul>
 */
final class Evaluation {

    static final int TOP = 10;

    private final TrainingHistory history;

    Evaluation(TrainingHistory history) {
        this.history = history;
    }

    MethodScores score(Method method, List<TestMember> members) {
        Totals overall = new Totals();
        Totals repeat = new Totals();
        Totals newItems = new Totals();
        Set<String> shown = new HashSet<>();
        int empty = 0;
        long items = 0;
        for (TestMember member : members) {
            MemberAnswer answer = method.answers().apply(member);
            Map<String, Integer> own = history.itemsOf(member.customerId());
            overall.add(answer.top(), member.target());
            Set<String> repeated = new HashSet<>(member.target());
            repeated.retainAll(own.keySet());
            if (!repeated.isEmpty()) {
                repeat.add(answer.top(), repeated);
            }
            Set<String> fresh = new HashSet<>(member.target());
            fresh.removeAll(own.keySet());
            if (!fresh.isEmpty()) {
                newItems.add(newOnly(answer.longer(), own), fresh);
            }
            shown.addAll(answer.top().subList(0, Math.min(TOP, answer.top().size())));
            items += answer.top().size();
            if (answer.top().isEmpty()) {
                empty++;
            }
        }
        shown.retainAll(history.items());
        double coverage = history.items().isEmpty() || members.isEmpty() ? Double.NaN
                : (double) shown.size() / history.items().size();
        return new MethodScores(method.name(), overall.scores(), repeat.scores(), newItems.scores(), coverage,
                members.isEmpty() ? Double.NaN : (double) empty / members.size(),
                members.isEmpty() ? Double.NaN : (double) items / members.size());
    }

    /** The ranking's items the member did not buy in training, in order. */
    private static List<String> newOnly(List<String> ranking, Map<String, Integer> own) {
        List<String> fresh = new ArrayList<>();
        for (String item : ranking) {
            if (!own.containsKey(item)) {
                fresh.add(item);
            }
        }
        return fresh;
    }

    /** Sums of the per-member measures of one view. */
    private static final class Totals {
        private int members;
        private double hr5, hr10, recall5, recall10, ndcg5, ndcg10;

        void add(List<String> ranking, Set<String> target) {
            members++;
            hr5 += RankingMetrics.hit(ranking, target, 5);
            hr10 += RankingMetrics.hit(ranking, target, 10);
            recall5 += RankingMetrics.recall(ranking, target, 5);
            recall10 += RankingMetrics.recall(ranking, target, 10);
            ndcg5 += RankingMetrics.ndcg(ranking, target, 5);
            ndcg10 += RankingMetrics.ndcg(ranking, target, 10);
        }

        ViewScores scores() {
            double n = members;
            return new ViewScores(members, hr5 / n, hr10 / n, recall5 / n, recall10 / n, ndcg5 / n, ndcg10 / n);
        }
    }
}
