package dev.crosswise.rules;

import dev.crosswise.rules.facts.ChannelPick;
import dev.crosswise.rules.facts.Incentive;
import dev.crosswise.rules.facts.IncentiveRefused;
import dev.crosswise.rules.facts.ListLimit;
import dev.crosswise.rules.facts.Note;
import dev.crosswise.rules.facts.ScoreFactor;
import dev.crosswise.rules.facts.Suppression;
import dev.crosswise.rules.facts.Tier;
import dev.crosswise.rules.facts.Timing;
import java.util.List;

/**
 * What the rules concluded for one decision, and which rule set concluded it. {@code loyaltyTier} is the tier the
 * loyalty rules treat the customer as (null when no rule classified it); {@code incentives} are what the incentive
 * rules attached to candidates, {@code refusedIncentives} what guardrails refused of them.
 */
public record RuleOutcome(String rulesVersion, List<Timing> timings, List<Suppression> suppressions,
                          List<ScoreFactor> scoreFactors, List<ChannelPick> channelPicks, List<Note> notes,
                          List<ListLimit> listLimits, Tier loyaltyTier, List<Incentive> incentives,
                          List<IncentiveRefused> refusedIncentives) {

    /** An outcome with no incentive attached. */
    public RuleOutcome(String rulesVersion, List<Timing> timings, List<Suppression> suppressions,
                       List<ScoreFactor> scoreFactors, List<ChannelPick> channelPicks, List<Note> notes,
                       List<ListLimit> listLimits, Tier loyaltyTier) {
        this(rulesVersion, timings, suppressions, scoreFactors, channelPicks, notes, listLimits, loyaltyTier, List.of(),
                List.of());
    }
}
