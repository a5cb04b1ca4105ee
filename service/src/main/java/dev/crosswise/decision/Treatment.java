package dev.crosswise.decision;

import dev.crosswise.messages.MessageTemplates;
import dev.crosswise.rules.RuleSet;
import dev.crosswise.rules.facts.Channel;
import java.util.List;

/**
 * How the experiments a customer is in change one decision: the arms it is made in and what they vary. Null parts
 * change nothing: the serving rules, the folder's texts, the channel the request asked for (or the rules' pick).
 *
 * @param heldOutReason not null when an arm holds the customer out: the decision offers nothing and says this
 * @param rules         a challenger rule set (or the serving rules with other timing windows)
 * @param texts         message templates with an arm's texts over the folder's
 * @param channel       the channel an arm prefers, used when the request names none
 */
public record Treatment(List<ExperimentAssignment> assignments, String heldOutReason, RuleSet rules,
                        MessageTemplates texts, Channel channel) {

    public static final Treatment NONE = new Treatment(List.of(), null, null, null, null);

    public Treatment {
        assignments = List.copyOf(assignments);
    }

    public boolean heldOut() {
        return heldOutReason != null;
    }
}
