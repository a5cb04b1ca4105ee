package dev.crosswise.decision;

import dev.crosswise.messages.MessageTemplates;
import dev.crosswise.messages.Wording;
import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Tier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Customer-facing copy for an action: what the strategy proposes, said the way the moment calls for. The words are
 * the analysts' templates ({@code rules/messages/}, {@link MessageTemplates}); this class says which templates apply
 * to a candidate and what fills them. Product names of a brand family ("Luma bridge") keep their capital; generic
 * ones ("running socks") read as words.
 */
final class Messages {

    private Messages() {
    }

    /** The English message with the templates shipped with the service. */
    static String forAction(Candidate candidate, Moment moment, Tier tier) {
        return MessageTemplates.shipped().message(wording(candidate, moment, tier), MessageTemplates.ENGLISH);
    }

    /** @param tier the customer's loyalty tier (for loyalty milestones); null when unknown */
    static Wording wording(Candidate candidate, Moment moment, Tier tier) {
        List<String> variants = new ArrayList<>(2);
        Strategy strategy = candidate.getStrategy();
        if (strategy == Strategy.COMPLEMENT && "VIEWING".equals(candidate.getVia())) {
            variants.add("viewing"); // paired with the product looked at, not one the customer has
        } else if (strategy == Strategy.REPLENISHMENT) {
            if (RepeatPurchases.TRAVERSAL.equals(candidate.getTraversal())) {
                variants.add("repeat");
            } else if (!candidate.isConsumable() && candidate.getCycleDays() <= 0) {
                variants.add("gift"); // nothing runs out: a gift that comes round
            }
        } else if (strategy == Strategy.POPULAR && BestSellers.TRENDING.equals(candidate.getTraversal())) {
            variants.add("trending");
        }
        if (candidate.getMinTier() != null) {
            variants.add("reserved");
        }
        Map<String, String> values = new HashMap<>();
        put(values, "product", candidate.getName());
        put(values, "productInSentence", inSentence(candidate.getName(), candidate.getFamily()));
        put(values, "anchor", candidate.getAnchorName());
        put(values, "via", candidate.getVia());
        Tier named = tier != null ? tier : candidate.getMinTier() != null ? candidate.getMinTier() : Tier.GOLD;
        values.put("tier", named.name());
        values.put("season", candidate.getSeason() == null ? "ANY" : candidate.getSeason().toUpperCase(Locale.ROOT));
        return new Wording(moment, strategy, variants, values);
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
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
