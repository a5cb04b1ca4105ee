package dev.crosswise.decision;

import dev.crosswise.catalog.Product;
import dev.crosswise.messages.Wording;
import dev.crosswise.promotion.Offer;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import java.util.List;

/**
 * One thing to offer.
 *
 * @param message the English message, as decided (what a recorded decision keeps)
 * @param wording what its texts are made of, so that they can be said in the language a request asks for
 * @param offer   the incentive the rules attached (a promotion's discount, a free-shipping nudge); null for none
 */
public record Action(int rank, Product product, Strategy strategy, Moment moment, Channel channel, double score,
                     String message, List<Reason> reasons, Wording wording, Offer offer) {

    /** An action without an incentive. */
    public Action(int rank, Product product, Strategy strategy, Moment moment, Channel channel, double score,
                  String message, List<Reason> reasons, Wording wording) {
        this(rank, product, strategy, moment, channel, score, message, reasons, wording, null);
    }

    /** An action known by its message alone (replayed from a record): other languages word it from its product. */
    public Action(int rank, Product product, Strategy strategy, Moment moment, Channel channel, double score,
                  String message, List<Reason> reasons) {
        this(rank, product, strategy, moment, channel, score, message, reasons,
                Wording.ofProduct(strategy, moment, product == null ? null : product.name()));
    }

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
