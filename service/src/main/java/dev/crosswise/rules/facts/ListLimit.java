package dev.crosswise.rules.facts;

import java.util.Set;

/**
 * Conclusion of a composition rule: the final list may hold at most {@code max} actions in total, or per
 * category, or per strategy. Arbitration applies it while ranking and reports what it dropped under {@code rule}.
 */
public final class ListLimit {

    /** What a limit counts. */
    public enum Per { LIST, CATEGORY, STRATEGY }

    private final Per per;
    private final int max;
    private final String rule;
    private final String text;
    private final Set<Strategy> exempt;

    public ListLimit(Per per, int max, String rule, String text) {
        this(per, max, rule, text, Set.of());
    }

    private ListLimit(Per per, int max, String rule, String text, Set<Strategy> exempt) {
        this.per = per;
        this.max = max;
        this.rule = rule;
        this.text = text;
        this.exempt = exempt;
    }

    /** The same limit, not counting nor holding back actions of {@code strategies} (a per-strategy limit). */
    public ListLimit except(Strategy... strategies) {
        return new ListLimit(per, max, rule, text, Set.of(strategies));
    }

    /** Whether the limit counts actions of {@code strategy}. */
    public boolean counts(Strategy strategy) {
        return !exempt.contains(strategy);
    }

    public Per getPer() { return per; }
    public int getMax() { return max; }
    public String getRule() { return rule; }
    public String getText() { return text; }
}
