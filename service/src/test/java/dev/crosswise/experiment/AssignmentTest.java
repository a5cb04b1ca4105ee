package dev.crosswise.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crosswise.TemporaryDirectories;
import dev.crosswise.customer.Customer;
import dev.crosswise.decision.ExperimentAssignment;
import dev.crosswise.decision.Treatment;
import dev.crosswise.messages.MessageTemplatesFolder;
import dev.crosswise.rules.Facts;
import dev.crosswise.rules.RuleEngine;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.CustomerProfile;
import dev.crosswise.rules.facts.Tier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which arm a customer is in: a hash, the same everywhere and always, split as the weights say. */
class AssignmentTest {

    private static final Path RULES = Path.of("rules");
    private static final Instant NOVEMBER = Instant.parse("2026-11-20T12:00:00Z");
    private final Path dir = TemporaryDirectories.removedAtExit("experiments");
    private final RuleEngine engine = new RuleEngine(Facts.RULES);

    private static final String GLOBAL_HOLDOUT = """
            name: global-holdout
            hypothesis: Customers offered nothing buy less.
            start: 2026-11-01
            primaryMetric: revenuePerCustomer
            minimumDetectableEffect: 5
            arms:
              - name: offers
                weight: 95
              - name: holdout
                weight: 5
                holdout: true
            """;

    private static final String CHANNELS = """
            name: email-first
            hypothesis: Email beats the rules' pick of channel.
            start: 2026-11-01
            end: 2026-12-01
            primaryMetric: acceptanceRate
            minimumDetectableEffect: 0.02
            population:
              tiers: [GOLD]
            arms:
              - name: rules-pick
                weight: 50
              - name: email
                weight: 50
                channel: EMAIL
            """;

    @AfterEach
    void remove() {
        TemporaryDirectories.remove(dir);
    }

    @Test
    void aCustomersBucketIsTheSameHashEverywhere() {
        // pinned: a restart, another instance or another JVM computes the same buckets from the same three strings
        assertThat(List.of(Assignment.bucket("global-holdout", "", "C-ADA"), Assignment.bucket("global-holdout", "", "C-EMMY"),
                Assignment.bucket("email-first", "", "C-ADA"), Assignment.bucket("global-holdout", "2", "C-ADA")))
                .containsExactly(PINNED_ADA, PINNED_EMMY, PINNED_ADA_EMAIL, PINNED_ADA_SALTED);
    }

    // python3: int.from_bytes(hashlib.sha256(b"global-holdout\n\nC-ADA").digest()[:8], "big") % 10000, and so on
    private static final int PINNED_ADA = 5448;
    private static final int PINNED_EMMY = 9963;
    private static final int PINNED_ADA_EMAIL = 7884;
    private static final int PINNED_ADA_SALTED = 4661;

    @Test
    void armsGetTheirWeightWithinOnePercentOver100000Customers() throws IOException {
        write("channels.yaml", CHANNELS);
        ExperimentTreatments treatments = treatments();
        Map<String, Integer> counts = new HashMap<>();
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            Treatment treatment = treatments.of(customer("C-" + i, Tier.GOLD), NOVEMBER, null);
            counts.merge(treatment.assignments().getFirst().arm(), 1, Integer::sum);
        }
        assertThat(counts.get("email") / (double) n).isCloseTo(0.50, within(0.01));
        assertThat(counts.get("rules-pick") / (double) n).isCloseTo(0.50, within(0.01));
    }

    @Test
    void aHoldoutOfFivePercentHoldsOutFivePercentAndKeepsThemOutOfEveryOtherExperiment() throws IOException {
        write("holdout.yaml", GLOBAL_HOLDOUT);
        write("channels.yaml", CHANNELS);
        ExperimentTreatments treatments = treatments();
        int n = 100_000;
        int heldOut = 0;
        for (int i = 0; i < n; i++) {
            Treatment treatment = treatments.of(customer("C-" + i, Tier.GOLD), NOVEMBER, null);
            if (treatment.heldOut()) {
                heldOut++;
                assertThat(treatment.assignments()).containsExactly(new ExperimentAssignment("global-holdout", "holdout"));
                assertThat(treatment.heldOutReason()).startsWith("Held out by experiment 'global-holdout' (arm 'holdout')");
            } else {
                assertThat(treatment.assignments()).extracting(ExperimentAssignment::experiment)
                        .containsExactly("email-first", "global-holdout"); // in name order
            }
        }
        assertThat(heldOut / (double) n).isCloseTo(0.05, within(0.01));
    }

    @Test
    void changingOneExperimentNeverReshufflesAnother() throws IOException {
        write("holdout.yaml", GLOBAL_HOLDOUT);
        write("channels.yaml", CHANNELS);
        Map<String, String> before = arms(treatments(), "global-holdout");

        write("channels.yaml", CHANNELS.replace("email-first", "email-first-v2").replace("rules-pick\n    weight: 50", "rules-pick\n    weight: 30")
                .replace("email\n    weight: 50", "email\n    weight: 70"));
        Map<String, String> after = arms(treatments(), "global-holdout");

        assertThat(before).hasSize(5_000).containsValues("offers", "holdout");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void noneOutsideThePopulationOrTheDates() throws IOException {
        write("channels.yaml", CHANNELS);
        ExperimentTreatments treatments = treatments();

        assertThat(treatments.of(customer("C-1", Tier.SILVER), NOVEMBER, null)).isEqualTo(Treatment.NONE);
        assertThat(treatments.of(customer("C-1", Tier.GOLD), Instant.parse("2026-12-01T00:00:00Z"), null))
                .isEqualTo(Treatment.NONE);
        assertThat(treatments.of(customer("C-1", Tier.GOLD), Instant.parse("2026-10-31T23:59:59Z"), null))
                .isEqualTo(Treatment.NONE);
        Treatment gold = treatments.of(customer("C-1", Tier.GOLD), NOVEMBER, null);
        assertThat(gold.assignments()).hasSize(1);
        assertThat(gold.channel()).isEqualTo(gold.assignments().getFirst().arm().equals("email") ? Channel.EMAIL : null);
    }

    @Test
    void aPopulationWrittenAsARuleConditionTakesTheCustomersWhoMeetIt() throws IOException {
        write("big-spenders.yaml", CHANNELS.replace("email-first", "big-spenders").replace("  tiers: [GOLD]",
                "  condition: \"spend >= 500 && daysSinceJoined < 365\""));
        ExperimentTreatments treatments = treatments();

        assertThat(treatments.of(customer("C-1", Tier.SILVER), profile("C-1", 800, 100), NOVEMBER, null).assignments())
                .extracting(ExperimentAssignment::experiment).containsExactly("big-spenders");
        assertThat(treatments.of(customer("C-1", Tier.SILVER), profile("C-1", 499, 100), NOVEMBER, null))
                .isEqualTo(Treatment.NONE);
        assertThat(treatments.of(customer("C-1", Tier.SILVER), profile("C-1", 800, 400), NOVEMBER, null))
                .isEqualTo(Treatment.NONE);
        // without the rules' view of the customer the condition cannot hold
        assertThat(treatments.of(customer("C-1", Tier.SILVER), NOVEMBER, null)).isEqualTo(Treatment.NONE);
    }

    @Test
    void aMessageArmSaysItsOwnTextAndTheControlTheFoldersText() throws IOException {
        write("messages.yaml", CHANNELS.replace("email-first", "short-message").replace("    channel: EMAIL\n",
                "    message:\n      COMPLETION.message: \"Finish it with {product}\"\n"
                        + "      de:\n        COMPLETION.message: \"Vervollständigen Sie es mit {product}\"\n"));
        ExperimentTreatments treatments = treatments();
        var wording = new dev.crosswise.messages.Wording(null, dev.crosswise.rules.facts.Strategy.COMPLETION, List.of(),
                Map.of("product", "Oxford shoes", "via", "Office look"));

        Map<String, String> said = new HashMap<>();
        Map<String, String> saidInGerman = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            Treatment treatment = treatments.of(customer("C-" + i, Tier.GOLD), NOVEMBER, null);
            String arm = treatment.assignments().getFirst().arm();
            said.put(arm, treatment.texts() == null ? null : treatment.texts().message(wording, "en"));
            saidInGerman.put(arm, treatment.texts() == null ? null : treatment.texts().message(wording, "de"));
        }
        assertThat(said).containsEntry("email", "Finish it with Oxford shoes").containsEntry("rules-pick", null);
        assertThat(saidInGerman).containsEntry("email", "Vervollständigen Sie es mit Oxford shoes");
    }

    private Map<String, String> arms(ExperimentTreatments treatments, String experiment) {
        Map<String, String> arms = new HashMap<>();
        for (int n = 0; n < 5_000; n++) {
            int i = n;
            treatments.of(customer("C-" + i, Tier.GOLD), NOVEMBER, null).assignments().stream()
                    .filter(a -> a.experiment().equals(experiment)).forEach(a -> arms.put(a.experiment() + " C-" + i, a.arm()));
        }
        return arms;
    }

    private ExperimentTreatments treatments() {
        ExperimentsFolder folder = ExperimentsFolder.readOnce(RULES, dir, engine);
        assertThat(folder.problems()).isEmpty();
        return new ExperimentTreatments(folder, MessageTemplatesFolder.readOnce(RULES));
    }

    private static CustomerProfile profile(String id, double spend, int daysSinceJoined) {
        return new CustomerProfile(id, id, Tier.SILVER, 0, spend, Map.of(Channel.EMAIL, true), false, "UTC",
                NOVEMBER.minus(daysSinceJoined, java.time.temporal.ChronoUnit.DAYS), List.of(), NOVEMBER, 3, 40);
    }

    private static Customer customer(String id, Tier tier) {
        return new Customer(id, id, tier, 0, 0, new Customer.Consents(true, false, false, false), false, "UTC", null,
                List.of());
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
