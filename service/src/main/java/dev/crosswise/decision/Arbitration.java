package dev.crosswise.decision;

import dev.crosswise.catalog.Product;
import dev.crosswise.messages.MessageTemplates;
import dev.crosswise.messages.Wording;
import dev.crosswise.promotion.Promotion;
import dev.crosswise.rules.RuleOutcome;
import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.ChannelPick;
import dev.crosswise.rules.facts.Incentive;
import dev.crosswise.rules.facts.IncentiveRefused;
import dev.crosswise.rules.facts.ListLimit;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Note;
import dev.crosswise.rules.facts.ScoreFactor;
import dev.crosswise.rules.facts.Suppression;
import dev.crosswise.rules.facts.Tier;
import dev.crosswise.rules.facts.Timing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Turns candidates and rule conclusions into a ranked list. Score = relevance x moment weight x value x business
 * lever; every factor is written into the action's reasons. A product proposed by several strategies is offered
 * once, under its best-scoring strategy. The list then respects the rules' {@link ListLimit}s (diversity per
 * category and strategy, restraint at checkout); what a limit dropped is reported as suppressed under its rule.
 */
final class Arbitration {

    static final String RULE = "arbitration";

    private Arbitration() {
    }

    record Result(List<Action> actions, List<SuppressedCandidate> suppressed) {
    }

    /** @param texts the message templates the actions' English messages are made from */
    static Result rank(List<Candidate> candidates, RuleOutcome outcome, Map<String, Product> products,
                       Channel requestedChannel, int limit, MessageTemplates texts) {
        return rank(candidates, outcome, products, requestedChannel, limit, texts, Map.of());
    }

    /**
     * @param promotions the promotions the decision's {@code PromotionOffer} facts came from, by id: an action's offer
     *                   shows its promotion
     */
    static Result rank(List<Candidate> candidates, RuleOutcome outcome, Map<String, Product> products,
                       Channel requestedChannel, int limit, MessageTemplates texts, Map<String, Promotion> promotions) {
        Map<Candidate, List<Incentive>> incentives = byCandidate(outcome.incentives(), Incentive::getCandidate);
        // an incentive is for the product: the action shows it whichever strategy's candidate won the product's place
        Map<String, List<Incentive>> incentivesBySku = new HashMap<>();
        for (Incentive incentive : outcome.incentives()) {
            incentivesBySku.computeIfAbsent(incentive.getCandidate().getSku(), sku -> new ArrayList<>()).add(incentive);
        }
        Map<Incentive, List<IncentiveRefused>> refusals = byCandidate(outcome.refusedIncentives(),
                IncentiveRefused::getIncentive);
        Map<Candidate, List<Suppression>> suppressions = byCandidate(outcome.suppressions(), Suppression::getCandidate);
        Map<Candidate, List<Timing>> timings = byCandidate(outcome.timings(), Timing::getCandidate);
        Map<Candidate, List<ScoreFactor>> levers = byCandidate(outcome.scoreFactors(), ScoreFactor::getCandidate);
        Map<Candidate, List<ChannelPick>> channels = byCandidate(outcome.channelPicks(), ChannelPick::getCandidate);
        Map<Candidate, List<Note>> notes = byCandidate(outcome.notes(), Note::getCandidate);

        Set<String> suppressedKeys = new LinkedHashSet<>();
        List<SuppressedCandidate> suppressed = new ArrayList<>();
        // Scores first, for every candidate; reasons and messages only for the few actions that make the list.
        Map<String, Action> bestBySku = new LinkedHashMap<>();
        Map<Action, Candidate> candidateOf = new IdentityHashMap<>();
        for (Candidate candidate : candidates) {
            List<Suppression> held = suppressions.getOrDefault(candidate, List.of());
            if (!held.isEmpty()) {
                for (Suppression s : held) {
                    if (suppressedKeys.add(candidate.getSku() + "|" + candidate.getStrategy() + "|" + s.getRule())) {
                        suppressed.add(new SuppressedCandidate(products.get(candidate.getSku()), candidate.getStrategy(),
                                s.getRule(), s.getReason()));
                    }
                }
                continue;
            }
            for (Incentive incentive : incentives.getOrDefault(candidate, List.of())) {
                for (IncentiveRefused refusal : refusals.getOrDefault(incentive, List.of())) {
                    if (suppressedKeys.add(candidate.getSku() + "|" + candidate.getStrategy() + "|" + refusal.getRule()
                            + "|" + incentive.getPromotionId())) {
                        suppressed.add(new SuppressedCandidate(products.get(candidate.getSku()), candidate.getStrategy(),
                                refusal.getRule(), refusal.getReason()));
                    }
                }
            }
            Timing timing = strongest(timings.getOrDefault(candidate, List.of()));
            Action scored = new Action(0, products.get(candidate.getSku()), candidate.getStrategy(),
                    timing == null ? null : timing.getMoment(), null,
                    round(score(candidate, timing, forCandidate(levers, candidate, ScoreFactor::appliesTo))), null, List.of(),
                    null);
            candidateOf.put(scored, candidate);
            bestBySku.merge(candidate.getSku(), scored, (a, b) -> a.score() >= b.score() ? a : b);
        }

        List<Action> ranked = bestBySku.values().stream()
                .sorted(Comparator.comparingDouble(Action::score).reversed().thenComparing(a -> a.product().sku()))
                .toList();
        List<Action> chosen = compose(ranked, outcome.listLimits(), limit, suppressed);
        List<Action> numbered = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            Candidate candidate = candidateOf.get(chosen.get(i));
            numbered.add(explained(i + 1, candidate, timings.getOrDefault(candidate, List.of()),
                    forCandidate(levers, candidate, ScoreFactor::appliesTo),
                    forCandidate(channels, candidate, ChannelPick::appliesTo),
                    notes.getOrDefault(candidate, List.of()), products.get(candidate.getSku()), requestedChannel,
                    outcome.loyaltyTier(), texts, Offers.best(incentivesBySku.getOrDefault(candidate.getSku(), List.of()), refusals),
                    products, promotions));
        }
        return new Result(numbered, suppressed);
    }

    /**
     * Takes actions best first, skipping one whose category or strategy already has its maximum, until the list is
     * full. Diversity spreads a list but never shortens it: when the list is not full after every action was looked
     * at, the skipped ones fill it, best first, after the others. An action a limit kept out of a list it would have
     * made is reported under the limit's rule.
     */
    static List<Action> compose(List<Action> ranked, List<ListLimit> limits, int requested,
                                List<SuppressedCandidate> suppressed) {
        ListLimit listLimit = tightest(limits, ListLimit.Per.LIST);
        ListLimit perCategory = tightest(limits, ListLimit.Per.CATEGORY);
        ListLimit perStrategy = tightest(limits, ListLimit.Per.STRATEGY);
        int size = listLimit == null ? requested : Math.min(requested, listLimit.getMax());

        List<Action> chosen = new ArrayList<>();
        record HeldBack(Action action, ListLimit limit, int rank) {
        }
        List<HeldBack> heldBack = new ArrayList<>();
        Map<String, Integer> categories = new HashMap<>();
        Map<String, Integer> strategies = new HashMap<>();
        for (int i = 0; i < ranked.size() && (chosen.size() < size || i < requested); i++) {
            Action action = ranked.get(i);
            String category = action.product().category();
            String strategy = action.strategy().name();
            if (chosen.size() >= size) { // only with a list limit (checkout): chosen never outgrows the actions looked at
                // Only what would have made the list without the limit is worth reporting.
                report(suppressed, action, listLimit);
                continue;
            }
            ListLimit dropping = null;
            if (perCategory != null && category != null && categories.getOrDefault(category, 0) >= perCategory.getMax()) {
                dropping = perCategory;
            } else if (perStrategy != null && perStrategy.counts(action.strategy())
                    && strategies.getOrDefault(strategy, 0) >= perStrategy.getMax()) {
                dropping = perStrategy;
            }
            if (dropping != null) {
                heldBack.add(new HeldBack(action, dropping, i));
                continue;
            }
            chosen.add(action);
            if (category != null) {
                categories.merge(category, 1, Integer::sum);
            }
            strategies.merge(strategy, 1, Integer::sum);
        }
        for (HeldBack held : heldBack) {
            if (chosen.size() < size) {
                chosen.add(held.action());
            } else if (held.rank() < requested) {
                report(suppressed, held.action(), held.limit());
            }
        }
        return chosen;
    }

    private static void report(List<SuppressedCandidate> suppressed, Action action, ListLimit limit) {
        suppressed.add(new SuppressedCandidate(action.product(), action.strategy(), limit.getRule(),
                "Left out of the list: " + limit.getText()));
    }

    private static ListLimit tightest(List<ListLimit> limits, ListLimit.Per per) {
        return limits.stream().filter(l -> l.getPer() == per).min(Comparator.comparingInt(ListLimit::getMax)).orElse(null);
    }

    /**
     * The moment that weighs most, or null when no timing rule placed the candidate in a moment. Of equal weights, the
     * one first in {@link Moment}'s order, whatever order the rules concluded them in (the same customer got one moment
     * or the other from run to run).
     */
    private static Timing strongest(List<Timing> timings) {
        return timings.stream().max(Comparator.comparingDouble(Timing::getWeight)
                .thenComparing(Timing::getMoment, Comparator.reverseOrder())).orElse(null);
    }

    /**
     * The channel pick of highest preference; of equal preferences, the channel listed first in {@link Channel}, then
     * the rule first by name: not whichever the rules concluded first, which can change with how the rules were loaded.
     */
    private static ChannelPick preferred(List<ChannelPick> picks) {
        return picks.stream().max(Comparator.comparingInt(ChannelPick::getPreference)
                .thenComparing(ChannelPick::getChannel, Comparator.reverseOrder())
                .thenComparing(ChannelPick::getRule, Comparator.reverseOrder())).orElse(null);
    }

    private static double momentWeight(Timing timing) {
        return timing == null ? 1.0 : timing.getWeight();
    }

    private static double lever(List<ScoreFactor> levers) {
        double lever = 1.0;
        for (ScoreFactor factor : levers) {
            lever *= factor.getFactor();
        }
        return lever;
    }

    private static double score(Candidate candidate, Timing timing, List<ScoreFactor> levers) {
        return candidate.getRelevance() * momentWeight(timing) * value(candidate) * lever(levers);
    }

    /** The action at {@code rank} with every factor of its score, its channel and its message, in its reasons. */
    private static Action explained(int rank, Candidate candidate, List<Timing> timings, List<ScoreFactor> levers,
                                    List<ChannelPick> channelPicks, List<Note> notes, Product product,
                                    Channel requestedChannel, Tier loyaltyTier, MessageTemplates texts,
                                    Incentive incentive, Map<String, Product> products,
                                    Map<String, Promotion> promotions) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason(candidate.getTraversal(), ReasonKind.CANDIDATE, candidate.getExplanation(), candidate.getPath()));

        Timing timing = strongest(timings);
        if (timing != null) {
            reasons.add(Reason.of(timing.getRule(), ReasonKind.MOMENT, timing.getText()));
        }
        // why now without a moment of its own (a replenishment coming due) stands where the moment would
        List<Reason> otherNotes = new ArrayList<>();
        for (Note note : notes) {
            ReasonKind kind = ReasonKind.valueOf(note.getKind());
            Reason reason = Reason.of(note.getRule(), kind, note.getText());
            if (kind == ReasonKind.MOMENT) {
                reasons.add(reason);
            } else {
                otherNotes.add(reason);
            }
        }
        for (ScoreFactor factor : levers) {
            reasons.add(Reason.of(factor.getRule(), ReasonKind.SCORE, factor.getText() + " (x" + round(factor.getFactor()) + ")"));
        }
        reasons.addAll(otherNotes);
        if (incentive != null) {
            reasons.add(Reason.of(incentive.getRule(), ReasonKind.INCENTIVE, Offers.reason(incentive)));
        }

        Channel channel;
        if (requestedChannel != null) {
            channel = requestedChannel;
            reasons.add(Reason.of(RULE, ReasonKind.CHANNEL, "Channel " + channel + " was requested"));
        } else {
            ChannelPick pick = preferred(channelPicks);
            channel = pick == null ? Channel.WEB : pick.getChannel();
            reasons.add(pick == null
                    ? Reason.of(RULE, ReasonKind.CHANNEL, "No channel rule applied; the web shop is the default")
                    : Reason.of(pick.getRule(), ReasonKind.CHANNEL, pick.getText()));
        }

        double score = score(candidate, timing, levers);
        reasons.add(Reason.of(RULE, ReasonKind.SCORE, "score " + round(score) + " = relevance " + round(candidate.getRelevance())
                + " x moment " + round(momentWeight(timing)) + " x value " + round(value(candidate))
                + (candidate.isMarginKnown() ? "" : " (margin unknown: neutral)") + " x lever " + round(lever(levers))));
        Moment moment = timing == null ? null : timing.getMoment();
        Wording wording = Messages.wording(candidate, moment, loyaltyTier);
        return new Action(rank, product, candidate.getStrategy(), moment, channel, round(score),
                texts.message(wording, MessageTemplates.ENGLISH), reasons, wording,
                incentive == null ? null : Offers.offer(incentive, products, promotions, texts));
    }

    /**
     * Value to the shop: margin earned, in units of 100 (EUR), kept between 0.5 and 2 so it never dominates relevance.
     * An unknown margin is neutral (1): neither favoured nor held back until the shop says.
     */
    static double value(Candidate candidate) {
        if (!candidate.isMarginKnown()) {
            return 1.0;
        }
        return Math.max(0.5, Math.min(2.0, 0.5 + candidate.getPrice() * candidate.getMargin() / 100.0));
    }

    private static double round(double x) {
        return Math.round(x * 1000.0) / 1000.0;
    }

    /**
     * What was concluded for {@code candidate} itself, then those of the conclusions not tied to one candidate (the
     * null key: for every candidate, or for every candidate of some strategies) that the fact says apply to it.
     */
    private static <T> List<T> forCandidate(Map<Candidate, List<T>> byCandidate, Candidate candidate,
                                            BiPredicate<T, Candidate> appliesTo) {
        List<T> own = byCandidate.getOrDefault(candidate, List.of());
        List<T> shared = byCandidate.getOrDefault(null, List.of());
        if (shared.isEmpty()) {
            return own;
        }
        List<T> both = new ArrayList<>(own.size() + shared.size());
        both.addAll(own);
        for (T conclusion : shared) {
            if (appliesTo.test(conclusion, candidate)) {
                both.add(conclusion);
            }
        }
        return both;
    }

    /** The conclusions per candidate (or per incentive); those not tied to one under the null key. */
    private static <K, T> Map<K, List<T>> byCandidate(List<T> items, Function<T, K> key) {
        // Identity: two candidates for the same product from different strategies are different facts.
        Map<K, List<T>> map = new IdentityHashMap<>();
        for (T item : items) {
            map.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        return map;
    }
}
