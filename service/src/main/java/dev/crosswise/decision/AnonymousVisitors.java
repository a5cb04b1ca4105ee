package dev.crosswise.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * What a decision for an anonymous visitor says of itself: it is reached on the web shop only, and the guardrails
 * that need a customer (what they own, consent, frequency caps, price range, the timing trap) had no customer to
 * judge. Each action carries both in its reasons, so a frontend developer reading one action sees why it differs.
 */
final class AnonymousVisitors {

    static final String RULE = "anonymous-visitor";
    static final String CHANNEL = "An anonymous visitor is reached on the web shop only";
    static final String SKIPPED = "Anonymous visitor: the guardrails that need a customer (owned products, consent, "
            + "frequency caps, price range, timing trap) were skipped";

    private AnonymousVisitors() {
    }

    static Decision explained(Decision decision) {
        List<Action> actions = new ArrayList<>(decision.actions().size());
        for (Action action : decision.actions()) {
            List<Reason> reasons = new ArrayList<>(action.reasons().size() + 1);
            for (Reason reason : action.reasons()) {
                reasons.add(reason.kind() == ReasonKind.CHANNEL ? Reason.of(RULE, ReasonKind.CHANNEL, CHANNEL) : reason);
            }
            reasons.add(Reason.of(RULE, ReasonKind.GUARDRAIL, SKIPPED));
            actions.add(new Action(action.rank(), action.product(), action.strategy(), action.moment(), action.channel(),
                    action.score(), action.message(), reasons, action.wording(), action.offer()));
        }
        return new Decision(decision.id(), null, decision.at(), decision.rulesVersion(), actions, decision.suppressed(),
                decision.recorded(), decision.contextNotInCatalog());
    }
}
