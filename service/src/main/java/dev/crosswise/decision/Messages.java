package dev.crosswise.decision;

import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Tier;
import dev.crosswise.rules.facts.TierNames;
import java.util.Locale;

/**
 * Customer-facing copy for an action: what the strategy proposes, said the way the moment calls for. Product
 * names of a brand family ("Luma bridge") keep their capital; generic ones ("running socks") read as words.
 */
final class Messages {

    private Messages() {
    }

    /** @param tier the customer's loyalty tier (for loyalty milestones); null when unknown */
    static String forAction(Candidate candidate, Moment moment, Tier tier) {
        String name = candidate.getName();
        String anchor = candidate.getAnchorName();
        String plain = forStrategy(candidate);
        if (moment == null) {
            return plain;
        }
        return switch (moment) {
            case POST_PURCHASE -> candidate.getStrategy() == Strategy.COMPLETION
                    ? "Complete your " + candidate.getVia() + ": " + name + " goes with your new " + anchor
                    : "Just bought your " + anchor + "? " + plain;
            case SECOND_VISIT -> "Welcome back! " + plain;
            case BROWSE_INTEREST -> "Still thinking about it? " + plain;
            case CART_ABANDONMENT -> "Your " + anchor + " is still in your cart. " + (candidate.getStrategy() == Strategy.UPSELL
                    ? "Or treat yourself to " + name + ", the premium choice"
                    : name + " goes well with it");
            case SUPPORT_RESOLUTION -> "Glad we could help. " + plain;
            case USAGE_MILESTONE -> "You have made the most of your " + anchor + ": ready for the " + name + "?";
            case LOYALTY_MILESTONE -> "Your " + TierNames.of(tier != null ? tier
                    : candidate.getMinTier() != null ? candidate.getMinTier() : Tier.GOLD)
                    + " tier unlocks " + (candidate.getMinTier() != null ? name : "early access to " + name);
            case SEASONAL -> "Ready for " + season(candidate) + "? " + plain;
            case LIFECYCLE -> "Growing fast? " + name + " is the next size up";
            case PRODUCT_LAUNCH -> "New: " + name + " works with your " + anchor;
            case GIFT_GIVING -> candidate.getStrategy() == Strategy.REPLENISHMENT
                    ? "Gift season is here: give " + name + " again"
                    : "Gift season is here: " + name + " makes a welcome gift";
        };
    }

    /** What the strategy proposes, without a moment. */
    static String forStrategy(Candidate candidate) {
        String name = candidate.getName();
        String anchor = candidate.getAnchorName();
        return switch (candidate.getStrategy()) {
            case COMPLETION -> "Complete your " + candidate.getVia() + " with " + name;
            case ECOSYSTEM -> "Works with your " + anchor + ": " + name;
            case EVOLUTION -> "Ready for the next step? " + name + " takes you further than your " + anchor;
            case UPSELL -> "Treat yourself: " + name + ", a step up from the " + anchor;
            case COMPLEMENT -> "Goes well with " + ("VIEWING".equals(candidate.getVia()) ? "the " : "your ") + anchor + ": "
                    + name;
            case REPLENISHMENT -> RepeatPurchases.TRAVERSAL.equals(candidate.getTraversal())
                    ? "Running low? Buy " + inSentence(name, candidate.getFamily()) + " again"
                    : candidate.isConsumable() || candidate.getCycleDays() > 0
                    ? "Time for new " + inSentence(name, candidate.getFamily())
                    : "Give " + name + " again";
            case POPULAR -> BestSellers.TRENDING.equals(candidate.getTraversal())
                    ? "Trending now: " + name
                    : "A customer favourite: " + name;
        };
    }

    private static String season(Candidate candidate) {
        return candidate.getSeason() == null ? "the season" : candidate.getSeason().toLowerCase(Locale.ROOT);
    }

    /** "Running socks, 3-pack" reads "running socks, 3-pack" inside a sentence; a family's brand keeps its capital. */
    static String inSentence(String name, String family) {
        if (name == null || name.isEmpty() || family != null) {
            return name;
        }
        boolean plainWord = name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1));
        return plainWord ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
    }
}
