package dev.crosswise.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleWarmUpTest {

    @Test
    void theMadeUpDecisionReachesTimingsGuardrailsChannelsAndLoyalty() {
        RuleOutcome outcome = RuleWarmUp.warm(Facts.RULES);

        assertThat(outcome.timings()).isNotEmpty();
        assertThat(outcome.suppressions()).isNotEmpty();
        assertThat(outcome.channelPicks()).isNotEmpty();
        assertThat(outcome.loyaltyTier()).isNotNull();
    }
}
