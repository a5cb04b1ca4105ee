package dev.crosswise.simulation;

import dev.crosswise.catalog.Product;
import dev.crosswise.decision.Action;
import dev.crosswise.decision.Decision;
import dev.crosswise.decision.SuppressedCandidate;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a candidate rule set changes in one decision: actions that appear, disappear or change (rank, strategy,
 * moment, channel or score), and guardrail removals that start or stop. Products are matched by sku.
 */
public record SimulationDiff(String fromVersion, String toVersion, List<Action> appeared, List<Action> disappeared,
                             List<ActionChange> changed, List<SuppressedCandidate> newlySuppressed,
                             List<SuppressedCandidate> noLongerSuppressed) {

    /** One product offered by both decisions, differently. */
    public record ActionChange(Product product, int rankBefore, int rankAfter, Strategy strategyBefore,
                               Strategy strategyAfter, Moment momentBefore, Moment momentAfter, Channel channelBefore,
                               Channel channelAfter, double scoreBefore, double scoreAfter) {
    }

    public boolean isEmpty() {
        return appeared.isEmpty() && disappeared.isEmpty() && changed.isEmpty() && newlySuppressed.isEmpty()
                && noLongerSuppressed.isEmpty();
    }

    static SimulationDiff between(Decision before, Decision after) {
        Map<String, Action> was = bySku(before.actions());
        Map<String, Action> now = bySku(after.actions());
        List<Action> appeared = now.values().stream().filter(a -> !was.containsKey(a.product().sku())).toList();
        List<Action> disappeared = was.values().stream().filter(a -> !now.containsKey(a.product().sku())).toList();
        List<ActionChange> changed = new ArrayList<>();
        for (Action b : was.values()) {
            Action a = now.get(b.product().sku());
            if (a != null && (a.rank() != b.rank() || a.strategy() != b.strategy() || a.moment() != b.moment()
                    || a.channel() != b.channel() || a.score() != b.score())) {
                changed.add(new ActionChange(a.product(), b.rank(), a.rank(), b.strategy(), a.strategy(), b.moment(),
                        a.moment(), b.channel(), a.channel(), b.score(), a.score()));
            }
        }
        return new SimulationDiff(before.rulesVersion(), after.rulesVersion(), appeared, disappeared, changed,
                minus(after.suppressed(), before.suppressed()), minus(before.suppressed(), after.suppressed()));
    }

    private static Map<String, Action> bySku(List<Action> actions) {
        Map<String, Action> map = new LinkedHashMap<>();
        actions.forEach(a -> map.put(a.product().sku(), a));
        return map;
    }

    private static List<SuppressedCandidate> minus(List<SuppressedCandidate> these, List<SuppressedCandidate> those) {
        return these.stream().filter(s -> those.stream().noneMatch(t -> same(s, t))).toList();
    }

    private static boolean same(SuppressedCandidate a, SuppressedCandidate b) {
        return Objects.equals(a.product().sku(), b.product().sku()) && a.strategy() == b.strategy()
                && a.rule().equals(b.rule());
    }
}
