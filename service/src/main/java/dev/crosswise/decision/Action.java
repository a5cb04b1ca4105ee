package dev.crosswise.decision;

import dev.crosswise.catalog.Product;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import java.util.List;

public record Action(int rank, Product product, Strategy strategy, Moment moment, Channel channel, double score,
                     String message, List<Reason> reasons) {

    /**
     * The moment or lever rule that shaped this action, for metrics by rule: the rule of its moment (or of the
     * "coming due" note standing for one), else its first score lever; null when only the candidate and arbitration
     * made it.
     */
    public String shapingRule() {
        return reasons.stream().filter(r -> r.kind() == ReasonKind.MOMENT).findFirst()
                .or(() -> reasons.stream().filter(r -> r.kind() == ReasonKind.SCORE && !Arbitration.RULE.equals(r.rule()))
                        .findFirst())
                .map(Reason::rule).orElse(null);
    }
}
