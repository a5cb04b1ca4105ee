package dev.crosswise.decision;

import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.Moment;

/** Customer-facing copy for an action, from its strategy and moment. */
final class Messages {

    private Messages() {
    }

    static String forAction(Candidate candidate, Moment moment) {
        String name = candidate.getName();
        String anchor = candidate.getAnchorName();
        return switch (candidate.getStrategy()) {
            case COMPLETION -> moment == Moment.POST_PURCHASE
                    ? "Complete your " + candidate.getVia() + ": " + name + " goes with your new " + anchor
                    : "Complete your " + candidate.getVia() + " with " + name;
            case ECOSYSTEM -> "Works with your " + anchor + ": " + name;
            case EVOLUTION -> "Ready for the next step? " + name + " takes you further than your " + anchor;
            case UPSELL -> "Treat yourself: " + name + ", the premium choice";
            case COMPLEMENT -> "Goes well with your " + anchor + ": " + name;
            case REPLENISHMENT -> "Running low? Reorder " + name;
        };
    }
}
