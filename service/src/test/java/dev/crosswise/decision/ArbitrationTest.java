package dev.crosswise.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.catalog.Product;
import dev.crosswise.messages.MessageTemplates;
import dev.crosswise.rules.RuleOutcome;
import dev.crosswise.rules.facts.Candidate;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.ChannelPick;
import dev.crosswise.rules.facts.ListLimit;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Note;
import dev.crosswise.rules.facts.ScoreFactor;
import dev.crosswise.rules.facts.Strategy;
import dev.crosswise.rules.facts.Timing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How arbitration composes the list under the rules' limits, and reports what a limit left out. */
class ArbitrationTest {

    /**
     * @param ranked  best first, "sku:category:strategy" separated by spaces
     * @param limits  "CATEGORY=2 STRATEGY=3 LIST=1"
     */
    @ParameterizedTest(name = "[{0}] limits [{1}] limit {2} -> [{3}], left out [{4}]")
    @CsvSource({
            "A:x:ECOSYSTEM B:x:ECOSYSTEM C:x:ECOSYSTEM D:y:COMPLETION E:z:UPSELL, CATEGORY=2,   4, A B D E, C",
            "A:a:ECOSYSTEM B:b:ECOSYSTEM C:c:ECOSYSTEM D:d:ECOSYSTEM E:e:ECOSYSTEM F:f:UPSELL G:g:UPSELL, STRATEGY=3, 5, A B C F G, D E",
            // diversity spreads a list but never shortens it: what it held back fills the list, after the others
            "A:x:ECOSYSTEM B:x:ECOSYSTEM C:x:ECOSYSTEM D:y:COMPLETION,          CATEGORY=2,           5, A B D C, ''",
            "A:x:ECOSYSTEM B:y:ECOSYSTEM C:z:ECOSYSTEM D:w:ECOSYSTEM E:v:UPSELL, STRATEGY=3,           5, A B C E D, ''",
            "A:x:ECOSYSTEM B:y:ECOSYSTEM C:z:ECOSYSTEM D:w:ECOSYSTEM E:v:UPSELL, STRATEGY=3,           3, A B C,   ''",
            "A:x:COMPLEMENT B:y:COMPLETION C:z:ECOSYSTEM,                       LIST=1,               5, A,       B C",
            "A:x:COMPLEMENT B:y:COMPLETION C:z:ECOSYSTEM,                       LIST=1,               2, A,       B",
            "A:x:ECOSYSTEM B:x:ECOSYSTEM C:x:ECOSYSTEM D:x:ECOSYSTEM,          CATEGORY=2 LIST=1,    5, A,       B C D",
            "A:x:ECOSYSTEM B:x:ECOSYSTEM C:x:ECOSYSTEM,                         '',                   2, A B,     ''",
    })
    void theListRespectsTheLimitsAndReportsWhatTheyLeftOut(String ranked, String limits, int requested,
                                                           String expectedList, String expectedLeftOut) {
        List<Action> actions = Arrays.stream(ranked.split(" ")).map(ArbitrationTest::action).toList();
        List<ListLimit> listLimits = limits.isBlank() ? List.of() : Arrays.stream(limits.split(" ")).map(l -> {
            String[] parts = l.split("=");
            return new ListLimit(ListLimit.Per.valueOf(parts[0]), Integer.parseInt(parts[1]), "limit " + parts[0], "text");
        }).toList();
        List<SuppressedCandidate> suppressed = new ArrayList<>();

        List<Action> chosen = Arbitration.compose(actions, listLimits, requested, suppressed);

        assertThat(chosen).extracting(a -> a.product().sku()).containsExactly(expectedList.split(" "));
        assertThat(suppressed).extracting(s -> s.product().sku())
                .containsExactly(expectedLeftOut.isBlank() ? new String[0] : expectedLeftOut.split(" "));
        assertThat(suppressed).allSatisfy(s -> assertThat(s.rule()).startsWith("limit "));
    }

    @Test
    void whatARuleConcludesForEveryCandidateWeighsAndPlacesEachOfThem() {
        Candidate jacket = candidate("JACKET", 0.8);
        Candidate scarf = candidate("SCARF", 0.6);
        var outcome = new RuleOutcome("test", List.of(), List.of(),
                List.of(ScoreFactor.forEveryCandidate(1.2, "Loyalty weighting by tier", "Platinum member"),
                        new ScoreFactor(scarf, 1.5, "High margin lever", "High margin (70 %)")),
                List.of(ChannelPick.forEveryCandidate(Channel.WEB, 1, "Web for discovery", "Shown on the web shop"),
                        new ChannelPick(jacket, Channel.EMAIL, 2, "Email for education and detail", "Sent by email")),
                List.of(), List.of(), null);

        var ranked = rank(outcome, jacket, scarf);

        assertThat(ranked).extracting(a -> a.product().sku(), Action::channel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SCARF", Channel.WEB),
                        org.assertj.core.groups.Tuple.tuple("JACKET", Channel.EMAIL));
        double value = Arbitration.value(jacket);
        assertThat(ranked.get(0).score()).isCloseTo(0.6 * value * 1.5 * 1.2, org.assertj.core.data.Offset.offset(0.001));
        assertThat(ranked.get(1).score()).isCloseTo(0.8 * value * 1.2, org.assertj.core.data.Offset.offset(0.001));
        assertThat(ranked).allSatisfy(action -> assertThat(action.reasons()).extracting(Reason::rule)
                .contains("Loyalty weighting by tier"));
        assertThat(ranked.get(0).reasons()).extracting(Reason::rule).contains("High margin lever", "Web for discovery");
    }

    @Test
    void aChannelPickedForSomeStrategiesPlacesOnlyTheirCandidates() {
        Candidate jacket = candidate("JACKET", 0.8, Strategy.COMPLETION);
        Candidate scarf = candidate("SCARF", 0.6, Strategy.ECOSYSTEM);
        var outcome = new RuleOutcome("test", List.of(), List.of(), List.of(),
                List.of(ChannelPick.forEveryCandidate(Channel.WEB, 1, "Web for discovery", "Shown on the web shop"),
                        ChannelPick.forStrategies(Channel.EMAIL, 2, "Email for education and detail", "Sent by email",
                                Strategy.EVOLUTION, Strategy.COMPLETION)),
                List.of(), List.of(), null);

        var ranked = rank(outcome, jacket, scarf);

        assertThat(ranked).extracting(a -> a.product().sku(), Action::channel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JACKET", Channel.EMAIL),
                        org.assertj.core.groups.Tuple.tuple("SCARF", Channel.WEB));
        assertThat(ranked.get(1).reasons()).extracting(Reason::rule).doesNotContain("Email for education and detail");
    }

    @Test
    void ofTwoMomentsOfEqualWeightTheSameOneWinsWhateverOrderTheRulesConcludedThemIn() {
        Candidate watch = candidate("WATCH", 0.7, Strategy.EVOLUTION);
        Timing usage = new Timing(watch, Moment.USAGE_MILESTONE, 1.5, "Usage milestone", "used 80 %");
        Timing loyalty = new Timing(watch, Moment.LOYALTY_MILESTONE, 1.5, "Loyalty milestone", "Gold reached");

        var oneOrder = rank(timings(usage, loyalty), watch);
        var otherOrder = rank(timings(loyalty, usage), watch);

        assertThat(oneOrder.getFirst().moment()).isEqualTo(Moment.USAGE_MILESTONE);
        assertThat(otherOrder.getFirst().moment()).isEqualTo(Moment.USAGE_MILESTONE);
        assertThat(otherOrder.getFirst().score()).isEqualTo(oneOrder.getFirst().score());
    }

    @Test
    void ofTwoChannelsOfEqualPreferenceTheSameOneWinsWhateverOrderTheRulesConcludedThemIn() {
        Candidate jacket = candidate("JACKET", 0.8);
        ChannelPick sms = new ChannelPick(jacket, Channel.SMS, 3, "SMS for the moment", "Sent by SMS");
        ChannelPick mobile = new ChannelPick(jacket, Channel.MOBILE, 3, "Push for the moment", "Pushed to the app");

        var oneOrder = rank(channelPicks(sms, mobile), jacket);
        var otherOrder = rank(channelPicks(mobile, sms), jacket);

        assertThat(oneOrder.getFirst().channel()).isEqualTo(Channel.MOBILE); // listed before SMS in Channel
        assertThat(otherOrder.getFirst().channel()).isEqualTo(Channel.MOBILE);
        assertThat(otherOrder.getFirst().reasons()).extracting(Reason::rule).contains("Push for the moment")
                .doesNotContain("SMS for the moment");
    }

    @Test
    void aReplenishmentComingDueIsGivenAsWhyNowWhereAMomentWouldStandAndTheActionHasNoMoment() {
        Candidate socks = candidate("SOCKS", 0.9, Strategy.REPLENISHMENT);
        var outcome = new RuleOutcome("test", List.of(), List.of(),
                List.of(new ScoreFactor(socks, 1.1, "High margin lever", "High margin (65 %)")), List.of(),
                List.of(new Note(socks, "LOYALTY", "Tier benefit", "Early access for Gold"),
                        new Note(socks, "MOMENT", "Replenishment due", "bought 172 days ago, lasts about 90 days")),
                List.of(), null);

        var socksAction = rank(outcome, socks).getFirst();

        assertThat(socksAction.moment()).isNull();
        assertThat(socksAction.reasons()).extracting(Reason::kind).containsExactly(ReasonKind.CANDIDATE,
                ReasonKind.MOMENT, ReasonKind.SCORE, ReasonKind.LOYALTY, ReasonKind.CHANNEL, ReasonKind.SCORE);
        assertThat(socksAction.reasons().get(1).rule()).isEqualTo("Replenishment due");
    }

    private static RuleOutcome channelPicks(ChannelPick... picks) {
        return new RuleOutcome("test", List.of(), List.of(), List.of(), List.of(picks), List.of(), List.of(), null);
    }

    private static RuleOutcome timings(Timing... timings) {
        return new RuleOutcome("test", List.of(timings), List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    /** The actions arbitration makes of {@code candidates} (each with its product) under {@code outcome}. */
    private static List<Action> rank(RuleOutcome outcome, Candidate... candidates) {
        Map<String, Product> products = Arrays.stream(candidates)
                .collect(java.util.stream.Collectors.toMap(Candidate::getSku, c -> product(c.getSku())));
        return Arbitration.rank(List.of(candidates), outcome, products, null, 5, MessageTemplates.shipped()).actions();
    }

    private static Candidate candidate(String sku, double relevance) {
        return candidate(sku, relevance, Strategy.COMPLETION);
    }

    private static Candidate candidate(String sku, double relevance, Strategy strategy) {
        return Candidate.builder(sku, "Product " + sku, strategy).traversal("completion-gaps")
                .relevance(relevance).price(100).margin(0.4).stock(5).category("outerwear").anchor("OWNED", "Owned")
                .path(List.of("Customer:C", "Product:" + sku)).explanation("completes the look").build();
    }

    private static Product product(String sku) {
        return new Product(sku, "Product " + sku, 100, "outerwear", null, null, false, false, 5L, 0.4, null, null,
                null, false, null);
    }

    private static Action action(String spec) {
        String[] parts = spec.split(":");
        var product = new Product(parts[0], "Product " + parts[0], 10, parts[1], null, null, false, false, 5L,
                0.5, null, null, null, false, null);
        return new Action(0, product, Strategy.valueOf(parts[2]), null, Channel.WEB, 1, "message", List.of());
    }
}
