package dev.crosswise.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.RuleProblem;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Tier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** An experiment file read as analysts write it, and every mistake located at its line. */
class ExperimentFilesTest {

    static final String PILOT = """
            name: pilot-72h
            hypothesis: A longer post-purchase window finds more customers ready to complete their look.
            start: 2026-11-01
            end: 2026-12-01T00:00:00Z
            primaryMetric: acceptanceRate
            minimumDetectableEffect: 0.02
            salt: first
            population:
              tiers: [SILVER, GOLD]
              consent: EMAIL
            arms:
              - name: control
                weight: 45.5
              - name: window-72h
                weight: 44.5
                timing:
                  post-purchase window hours: 72
              - name: holdout
                weight: 10
                holdout: true
            """;

    @Test
    void aWholeExperimentReadsWithItsArmsAndWhatEachVaries() {
        var parsed = ExperimentFiles.parse("experiments/pilot.yaml", PILOT);

        assertThat(parsed.problems()).isEmpty();
        ExperimentDefinition pilot = parsed.experiment();
        assertThat(pilot.name()).isEqualTo("pilot-72h");
        assertThat(pilot.start()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(pilot.end()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(pilot.primaryMetric()).isEqualTo(PrimaryMetric.ACCEPTANCE_RATE);
        assertThat(pilot.minimumDays()).isEqualTo(14);
        assertThat(pilot.population()).isEqualTo(new Population(java.util.Set.of(Tier.SILVER, Tier.GOLD), Channel.EMAIL));
        assertThat(pilot.arms()).extracting(Arm::name, Arm::buckets, Arm::variation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("control", 4550, null),
                org.assertj.core.groups.Tuple.tuple("window-72h", 4450, Variation.TIMING),
                org.assertj.core.groups.Tuple.tuple("holdout", 1000, Variation.HOLDOUT));
        assertThat(pilot.control().name()).isEqualTo("control");
        assertThat(pilot.arms().get(1).timing()).containsEntry("post-purchase window hours", 72.0);
    }

    @Test
    void weightsThatDoNotAddUpTo100AreAProblemAtTheArms() {
        var problems = problems(PILOT.replace("weight: 10", "weight: 11"));

        assertThat(problems).containsExactly(new RuleProblem("experiments/pilot.yaml", 12, 3,
                "the arms' weights must add up to 100, not 101.0"));
    }

    @Test
    void anArmThatChangesTwoThingsIsRefusedAtTheSecondOne() {
        var problems = problems(PILOT.replace("    holdout: true", "    holdout: true\n    channel: EMAIL"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(21);
            assertThat(p.message()).contains("arm 'holdout' changes [holdout, channel]: an arm changes one thing");
        });
    }

    @Test
    void misspeltKeysUnknownMetricsAndBadDatesAreLocated() {
        assertThat(problems(PILOT.replace("hypothesis:", "hypotesis:"))).singleElement()
                .satisfies(p -> assertThat(p).isEqualTo(new RuleProblem("experiments/pilot.yaml", 2, 1,
                        "unknown key 'hypotesis' in an experiment; known: [arms, end, hypothesis, minimumDays, "
                                + "minimumDetectableEffect, name, population, primaryMetric, salt, start]")));
        assertThat(problems(PILOT.replace("acceptanceRate", "acceptance"))).singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(5);
                    assertThat(p.message()).startsWith("primaryMetric 'acceptance' is not one of acceptanceRate, ");
                });
        assertThat(problems(PILOT.replace("start: 2026-11-01", "start: 1 November"))).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(3));
        assertThat(problems(PILOT.replace("end: 2026-12-01T00:00:00Z", "end: 2026-10-01"))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("end must be after start"));
        assertThat(problems(PILOT.replace("tiers: [SILVER, GOLD]", "tiers: [SILVER, GOLDEN]"))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("population.tiers 'GOLDEN' is not one of"));
    }

    @Test
    void aControlArmIsNeededAndOnlyOne() {
        assertThat(problems(PILOT.replace("  - name: control\n    weight: 45.5\n",
                "  - name: control\n    weight: 45.5\n    channel: WEB\n")))
                .singleElement().satisfies(p -> assertThat(p.message()).startsWith("no control arm"));
        assertThat(problems(PILOT.replace("    holdout: true\n", "")))
                .singleElement().satisfies(p -> assertThat(p.message()).startsWith("2 arms change nothing"));
    }

    @Test
    void aMessageArmIsCheckedLikeTheTemplateFiles() {
        String messageArm = PILOT.replace("    timing:\n      post-purchase window hours: 72\n",
                "    message:\n      POST_PURCHASE.COMPLETION.message: Finish your {via} with {prodcut}\n");

        assertThat(problems(messageArm)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(17);
            assertThat(p.message()).contains("unknown placeholder {prodcut}");
        });
        var parsed = ExperimentFiles.parse("experiments/pilot.yaml", messageArm.replace("{prodcut}", "{product}"));
        assertThat(parsed.experiment().arms().get(1).messages()).containsOnlyKeys("en").extractingByKey("en")
                .isEqualTo(Map.of("POST_PURCHASE.COMPLETION.message", "Finish your {via} with {product}"));
    }

    @Test
    void aMessageArmWritesOtherLanguagesInSectionsOfTheirOwn() {
        String messageArm = PILOT.replace("    timing:\n      post-purchase window hours: 72\n", """
                    message:
                      COMPLETION.message: Finish your {via} with {product}
                      de:
                        COMPLETION.message: Vervollständigen Sie Ihr {via} mit {product}
                      fr:
                        COMPLETION.message: Complétez votre {via} avec {produkt}
                """);

        assertThat(problems(messageArm)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(21);
            assertThat(p.message()).contains("unknown placeholder {produkt}");
        });
        var arm = ExperimentFiles.parse("experiments/pilot.yaml", messageArm.replace("{produkt}", "{product}"))
                .experiment().arms().get(1);
        assertThat(arm.messages()).containsOnlyKeys("en", "de", "fr");
        assertThat(arm.messages().get("de")).containsEntry("COMPLETION.message", "Vervollständigen Sie Ihr {via} mit {product}");
    }

    @Test
    void yamlThatDoesNotParseIsLocated() {
        assertThat(problems("name: x\narms: [\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not valid YAML"));
    }

    @Test
    void twoExperimentsVaryingTheSameThingForTheSameCustomersAtTheSameTimeLeak() {
        ExperimentDefinition pilot = ExperimentFiles.parse("experiments/pilot.yaml", PILOT).experiment();
        ExperimentDefinition challenger = ExperimentFiles.parse("experiments/challenger.yaml", PILOT
                .replace("pilot-72h", "challenger").replace("holdout: true", "channel: EMAIL")
                .replace("tiers: [SILVER, GOLD]", "tiers: [GOLD, PLATINUM]")).experiment();

        // both vary the timing (the challenger's rules) for GOLD customers in November
        assertThat(Leakage.check(List.of(pilot, challenger))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("experiments/challenger.yaml");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).startsWith("leakage: experiments 'challenger' and 'pilot-72h' (experiments/pilot.yaml)"
                    + " both vary the rules (a challenger) for the same customers");
        });
        // other tiers, or other dates: no customer can be in both
        ExperimentDefinition platinumOnly = ExperimentFiles.parse("experiments/challenger.yaml", PILOT
                .replace("pilot-72h", "challenger").replace("holdout: true", "channel: EMAIL")
                .replace("tiers: [SILVER, GOLD]", "tiers: [PLATINUM]")).experiment();
        ExperimentDefinition december = ExperimentFiles.parse("experiments/challenger.yaml", PILOT
                .replace("pilot-72h", "challenger").replace("holdout: true", "channel: EMAIL")
                .replace("start: 2026-11-01", "start: 2026-12-01").replace("end: 2026-12-01T00:00:00Z", "end: 2027-01-01"))
                .experiment();
        assertThat(Leakage.check(List.of(pilot, platinumOnly))).isEmpty();
        assertThat(Leakage.check(List.of(pilot, december))).isEmpty();
        // a message test beside the timing test is fine: they vary different things
        ExperimentDefinition messages = ExperimentFiles.parse("experiments/messages.yaml", PILOT
                .replace("pilot-72h", "messages").replace("    holdout: true\n", "    channel: EMAIL\n")
                .replace("    timing:\n      post-purchase window hours: 72\n",
                        "    message:\n      COMPLETION.message: Complete it with {product}\n")).experiment();
        assertThat(Leakage.check(List.of(pilot, messages))).isEmpty();
        assertThat(Leakage.check(List.of(pilot, pilot)))
                .anySatisfy(p -> assertThat(p.message()).contains("is also defined in experiments/pilot.yaml"));
    }

    @Test
    void withoutAStartAnExperimentRunsFromItsFirstDecisionAndOverlapsEveryEarlierDate() {
        ExperimentDefinition open = ExperimentFiles.parse("experiments/pilot.yaml", PILOT.replace("start: 2026-11-01\n", ""))
                .experiment();

        assertThat(open.start()).isNull();
        // any decision before the end is in it, however long ago its `at` says it was made (the demo's weeks)
        assertThat(open.runsAt(Instant.parse("2020-01-01T00:00:00Z"))).isTrue();
        assertThat(open.runsAt(Instant.parse("2026-11-30T23:59:59Z"))).isTrue();
        assertThat(open.runsAt(Instant.parse("2026-12-01T00:00:00Z"))).isFalse();
        // results count its days from its first decision, or from now when none was made yet
        Instant first = Instant.parse("2026-11-10T09:53:00Z");
        Instant now = Instant.parse("2026-12-06T07:13:00Z");
        assertThat(open.startingAt(first, now).start()).isEqualTo(first);
        assertThat(open.startingAt(null, now).start()).isEqualTo(now);
        assertThat(open.startingAt(first, now).arms()).isEqualTo(open.arms());
        // an earlier experiment of the same timing for the same customers leaks into it
        ExperimentDefinition october = ExperimentFiles.parse("experiments/october.yaml", PILOT.replace("pilot-72h", "october")
                .replace("start: 2026-11-01", "start: 2026-10-01").replace("end: 2026-12-01T00:00:00Z", "end: 2026-10-15"))
                .experiment();
        assertThat(Leakage.check(List.of(open, october))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("leakage: experiments 'october' and 'pilot-72h'"));
        // an end still checks against a start that is given
        assertThat(problems(PILOT.replace("start: 2026-11-01", "start: 2026-12-02"))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("end must be after start"));
    }

    @Test
    void aPopulationByCustomerIdPrefixHoldsOnlyThoseIdsAndSetsSegmentsApart() {
        String shoppers = PILOT.replace("  tiers: [SILVER, GOLD]\n  consent: EMAIL\n", "  customerIdPrefix: shopper-\n");
        ExperimentDefinition demo = ExperimentFiles.parse("experiments/pilot.yaml", shoppers).experiment();

        assertThat(demo.population().customerIdPrefix()).isEqualTo("shopper-");
        assertThat(demo.population().describe()).isEqualTo("customers with ids starting 'shopper-'");
        assertThat(demo.population().includes(customer("shopper-03", Tier.GOLD))).isTrue();
        assertThat(demo.population().includes(customer("C-ADA", Tier.GOLD))).isFalse();
        assertThat(demo.population().includes(customer("my-shopper-03", Tier.GOLD))).isFalse();
        assertThat(new Population(java.util.Set.of(Tier.PLATINUM), null, "shopper-").includes(customer("shopper-03", Tier.GOLD)))
                .isFalse();
        // ids that cannot be both: no leakage; one prefix inside the other, or no prefix at all: the same customers
        ExperimentDefinition seed = ExperimentFiles.parse("experiments/seed.yaml", shoppers.replace("pilot-72h", "seed")
                .replace("customerIdPrefix: shopper-", "customerIdPrefix: C-")).experiment();
        ExperimentDefinition some = ExperimentFiles.parse("experiments/some.yaml", shoppers.replace("pilot-72h", "some")
                .replace("customerIdPrefix: shopper-", "customerIdPrefix: shopper-0")).experiment();
        ExperimentDefinition everyone = ExperimentFiles.parse("experiments/all.yaml", PILOT.replace("pilot-72h", "all")
                .replace("  tiers: [SILVER, GOLD]\n  consent: EMAIL\n", "  consent: EMAIL\n")).experiment();
        assertThat(Leakage.check(List.of(demo, seed))).isEmpty();
        assertThat(Leakage.check(List.of(demo, some))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("leakage: experiments 'some' and 'pilot-72h'"));
        assertThat(Leakage.check(List.of(demo, everyone))).hasSize(1);
        assertThat(problems(shoppers.replace("customerIdPrefix: shopper-", "customerIdPrefix: ''"))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("population.customerIdPrefix must be a text"));
    }

    private static dev.crosswise.customer.Customer customer(String id, Tier tier) {
        return new dev.crosswise.customer.Customer(id, id, tier, 0, 0,
                new dev.crosswise.customer.Customer.Consents(true, false, false, false), false, "UTC", null, List.of());
    }

    private static List<RuleProblem> problems(String text) {
        var parsed = ExperimentFiles.parse("experiments/pilot.yaml", text);
        assertThat(parsed.experiment()).isNull();
        return Stream.of(parsed.problems()).flatMap(List::stream).toList();
    }
}
