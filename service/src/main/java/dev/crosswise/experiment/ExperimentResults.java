package dev.crosswise.experiment;

import dev.crosswise.experiment.ExperimentStatistics.Sample;
import dev.crosswise.graph.Graph;
import dev.crosswise.metrics.MetricDimension;
import dev.crosswise.metrics.MetricGroup;
import dev.crosswise.metrics.Metrics;
import dev.crosswise.metrics.MetricsReporter;
import dev.crosswise.metrics.Rate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/**
 * The results of experiments: per arm, the customers and decisions recorded in it (one read per experiment) and the
 * exposures, responses and credited purchases of the metrics package ({@code groupBy: [EXPERIMENT_ARM]}, one report
 * for all the experiments asked), then the statistics of {@link ExperimentStatistics} and a verdict.
 */
@Service
class ExperimentResults {

    /**
     * Per arm of one experiment, over the customers with a recorded decision in it: decisions, whether they bought and
     * how much (every purchase from their first decision in the arm to the end), and the revenue credited to its offers.
     */
    private static final String ARMS = """
            MATCH (d:Decision) WHERE d.at >= $from AND d.at < $to AND d.experiments IS NOT NULL
            WITH d, [key IN d.experiments WHERE key STARTS WITH $prefix][0] AS key
            WHERE key IS NOT NULL
            MATCH (d)-[:FOR]->(c:Customer)
            WITH substring(key, size($prefix)) AS arm, c, count(d) AS decisions, min(d.at) AS first, collect(d) AS decided
            WITH arm, c, decisions, decided,
                 COLLECT { MATCH (c)-[:DID]->(e:Event) WHERE e.type = 'PURCHASE' AND e.at >= first AND e.at < $to
                           RETURN e.price * coalesce(e.quantity, 1) } AS purchases
            UNWIND decided AS x
            OPTIONAL MATCH (:Event)-[a:ATTRIBUTED_TO]->(x)
            WITH arm, c, decisions, purchases, sum(coalesce(a.revenue, 0.0)) AS attributed
            WITH arm, decisions, attributed, reduce(total = 0.0, value IN purchases | total + value) AS revenue,
                 size(purchases) > 0 AS bought
            RETURN arm, count(*) AS customers, sum(decisions) AS decisions, count(CASE WHEN bought THEN 1 END) AS buyers,
                   sum(revenue) AS revenue, sum(revenue * revenue) AS revenueSquares,
                   sum(attributed) AS attributed, sum(attributed * attributed) AS attributedSquares
            """;

    /** When an experiment without a start in its file started: its first recorded decision. */
    private static final String FIRST_DECISION = """
            MATCH (d:Decision) WHERE d.experiments IS NOT NULL AND any(key IN d.experiments WHERE key STARTS WITH $prefix)
            RETURN min(d.at) AS first
            """;

    private final ExperimentsFolder folder;
    private final MetricsReporter metrics;
    private final Graph graph;
    private final Clock clock;

    ExperimentResults(ExperimentsFolder folder, MetricsReporter metrics, Graph graph, Clock clock) {
        this.folder = folder;
        this.metrics = metrics;
        this.graph = graph;
        this.clock = clock;
    }

    List<ExperimentResult> all() {
        return results(folder.serving().experiments());
    }

    ExperimentResult named(String name) {
        ExperimentDefinition experiment = folder.serving().named(name);
        return experiment == null ? null : results(List.of(experiment)).getFirst();
    }

    /** What one arm's customers did, from the graph. */
    private record Customers(long customers, long decisions, long buyers, double revenue, double revenueSquares,
                             double attributed, double attributedSquares) {

        static final Customers NONE = new Customers(0, 0, 0, 0, 0, 0, 0);
    }

    /** What one arm's exposures did, from the metrics package. */
    private record Exposures(long exposures, long clicks, Rate acceptance, Rate conversion) {

        static final Exposures NONE = new Exposures(0, 0, new Rate(0, 0), new Rate(0, 0));

        Exposures plus(Metrics m) {
            return new Exposures(exposures + m.exposures(), clicks + m.clicks(),
                    new Rate(acceptance.numerator() + m.acceptanceRate().numerator(),
                            acceptance.denominator() + m.acceptanceRate().denominator()),
                    new Rate(conversion.numerator() + m.conversionRate().numerator(),
                            conversion.denominator() + m.conversionRate().denominator()));
        }
    }

    private List<ExperimentResult> results(List<ExperimentDefinition> experiments) {
        Instant now = clock.instant();
        // an experiment without a start in its file started with its first decision; none yet: it starts with the next
        List<ExperimentDefinition> dated = experiments.stream()
                .map(e -> e.start() != null ? e : e.startingAt(firstDecision(e), now)).toList();
        experiments = dated;
        Instant from = experiments.stream().map(ExperimentDefinition::start).filter(s -> s.isBefore(now))
                .min(Comparator.naturalOrder()).orElse(null);
        // one report for all: a decision carries an experiment's arm only inside that experiment's dates
        Map<String, Exposures> exposures = new HashMap<>();
        if (from != null) {
            for (MetricGroup group : metrics.report(utc(from), utc(now), List.of(MetricDimension.EXPERIMENT_ARM), null)
                    .groups()) {
                for (String arm : group.key().getFirst().split(" \\+ ")) {
                    exposures.merge(arm, Exposures.NONE.plus(group.metrics()), (a, b) -> a.plus(group.metrics()));
                }
            }
        }
        List<ExperimentResult> results = new ArrayList<>();
        for (ExperimentDefinition experiment : experiments) {
            results.add(result(experiment, now, exposures));
        }
        return results;
    }

    private ExperimentResult result(ExperimentDefinition experiment, Instant now, Map<String, Exposures> exposures) {
        ExperimentResult.Status status = now.isBefore(experiment.start()) ? ExperimentResult.Status.DRAFT
                : experiment.end() != null && !now.isBefore(experiment.end()) ? ExperimentResult.Status.ENDED
                : ExperimentResult.Status.RUNNING;
        Instant to = experiment.end() != null && experiment.end().isBefore(now) ? experiment.end() : now;
        Duration ran = status == ExperimentResult.Status.DRAFT ? Duration.ZERO : Duration.between(experiment.start(), to);
        Map<String, Customers> customers = status == ExperimentResult.Status.DRAFT ? Map.of() : customers(experiment, to);
        PrimaryMetric metric = experiment.primaryMetric();

        Map<String, Sample> samples = new HashMap<>();
        for (Arm arm : experiment.arms()) {
            Customers c = customers.getOrDefault(arm.name(), Customers.NONE);
            Exposures e = exposures.getOrDefault(experiment.name() + "/" + arm.name(), Exposures.NONE);
            samples.put(arm.name(), switch (metric) {
                case ACCEPTANCE_RATE -> Sample.proportion((long) e.acceptance().numerator(), (long) e.acceptance().denominator());
                case CONVERSION_RATE -> Sample.proportion((long) e.conversion().numerator(), (long) e.conversion().denominator());
                case CLICK_THROUGH_RATE -> Sample.proportion(e.clicks(), e.exposures());
                case PURCHASE_RATE -> Sample.proportion(c.buyers(), c.customers());
                case REVENUE_PER_CUSTOMER -> Sample.values(c.customers(), c.revenue(), c.revenueSquares());
                case ATTRIBUTED_REVENUE_PER_CUSTOMER -> Sample.values(c.customers(), c.attributed(), c.attributedSquares());
            });
        }
        Arm controlArm = experiment.control();
        Sample control = samples.get(controlArm.name());
        List<ArmResult> arms = new ArrayList<>();
        for (Arm arm : experiment.arms()) {
            Customers c = customers.getOrDefault(arm.name(), Customers.NONE);
            Exposures e = exposures.getOrDefault(experiment.name() + "/" + arm.name(), Exposures.NONE);
            Sample sample = samples.get(arm.name());
            Estimate value = metric.mean() ? ExperimentStatistics.mean(sample)
                    : ExperimentStatistics.rate((long) sample.successes(), sample.n());
            Estimate lift = arm.control() ? null : metric.mean() ? ExperimentStatistics.meanLift(sample, control)
                    : ExperimentStatistics.rateLift((long) sample.successes(), sample.n(), (long) control.successes(),
                    control.n());
            Variation varies = arm.variation();
            arms.add(new ArmResult(arm.name(), arm.weight(), arm.control(), arm.holdout(),
                    varies == null ? null : varies.name().toLowerCase(Locale.ROOT), c.customers(), c.decisions(),
                    e.exposures(), (long) e.conversion().numerator(), value, lift));
        }
        long[] assigned = experiment.arms().stream().mapToLong(a -> customers.getOrDefault(a.name(), Customers.NONE)
                .customers()).toArray();
        double[] weights = experiment.arms().stream().mapToDouble(Arm::weight).toArray();
        SampleRatio srm = SampleRatio.of(ExperimentStatistics.sampleRatioPValue(assigned, weights));

        Long required = null;
        if (metric.mean() && control.n() >= 2) {
            required = ExperimentStatistics.sampleSizeForMeans(control.variance(), experiment.minimumDetectableEffect());
        } else if (!metric.mean() && control.n() > 0) {
            required = ExperimentStatistics.sampleSizeForRates(control.successes() / control.n(),
                    experiment.minimumDetectableEffect());
        }
        // a holdout shows nothing: it has no exposures to count, and is judged on a metric per customer
        long smallest = experiment.arms().stream()
                .filter(a -> !(a.holdout() && metric.unit() == PrimaryMetric.Unit.EXPOSURES))
                .mapToLong(a -> samples.get(a.name()).n()).min().orElse(0);
        Long daysToSample = daysToSample(required, smallest, ran.toSeconds() / 86_400.0);
        int daysRun = (int) ran.toDays();
        String unit = metric.unit() == PrimaryMetric.Unit.EXPOSURES ? "exposures" : "customers";
        String verdict = verdict(experiment, status, daysRun, srm, required, smallest, daysToSample, unit, arms);
        return new ExperimentResult(experiment.name(), status, experiment.hypothesis(), metric.field(),
                experiment.minimumDetectableEffect(), utc(experiment.start()),
                experiment.end() == null ? null : utc(experiment.end()), daysRun, experiment.minimumDays(),
                experiment.population().describe(), arms, srm, metric.mean() ? "Welch's t-test" : "two-proportion z-test",
                unit, required, daysToSample, verdict, experiment.file());
    }

    /**
     * Days still needed for the smallest arm to reach {@code required} at its pace over the {@code days} run so far: 0
     * when reached; null when unknown (no required sample yet, or no sample at all to set a pace).
     */
    static Long daysToSample(Long required, long smallest, double days) {
        if (required == null) {
            return null;
        }
        if (smallest >= required) {
            return 0L;
        }
        if (smallest == 0 || days <= 0) {
            return null;
        }
        return (long) Math.ceil((required - smallest) / (smallest / days));
    }

    private static String verdict(ExperimentDefinition experiment, ExperimentResult.Status status, int daysRun,
                                  SampleRatio srm, Long required, long smallest, Long daysToSample, String unit,
                                  List<ArmResult> arms) {
        if (status == ExperimentResult.Status.DRAFT) {
            return "Draft: it starts " + experiment.start() + "; nothing to judge yet.";
        }
        String state = status == ExperimentResult.Status.ENDED ? "Ended" : "Running";
        if (srm.flagged()) {
            return state + ": sample ratio mismatch (p = " + format(srm.pValue()) + " < 0.001): the arms' customers do "
                    + "not split as the weights say, so the results cannot be trusted until the cause is found (a changed "
                    + "name, salt or weight, decisions recorded for only some arms).";
        }
        if (daysRun < experiment.minimumDays()) {
            return state + ": too early to call, " + daysRun + " of " + experiment.minimumDays() + " days. No winner is"
                    + " called before then, whatever the intervals say today: looking early and stopping at the first "
                    + "significant difference makes false winners far more likely than 5 %.";
        }
        if (required == null) {
            return state + ": not enough data, the control has no " + unit + " yet to size the test.";
        }
        if (smallest < required) {
            return state + ": not enough data, the smallest arm has " + smallest + " of the " + required + " " + unit
                    + " per arm needed to detect " + format(experiment.minimumDetectableEffect()) + " with 80 % power"
                    + (daysToSample == null ? "" : "; about " + daysToSample + " more days at the rate so far")
                    + ". No winner is called before.";
        }
        List<ArmResult> compared = arms.stream().filter(a -> !a.control() && a.lift() != null).toList();
        if (compared.isEmpty()) {
            return state + ": no arm has a lift to judge on " + experiment.primaryMetric().field() + ".";
        }
        // several arms against one control: each is judged at 5 % / arms (Bonferroni), so the set stays at 5 %
        double alpha = ExperimentStatistics.ALPHA / compared.size();
        List<String> findings = new ArrayList<>();
        for (ArmResult arm : compared) {
            Estimate lift = arm.lift();
            String figures = experiment.primaryMetric().field() + " " + signed(lift.value()) + " (95 % CI "
                    + signed(lift.low()) + " to " + signed(lift.high()) + ", p = " + format(lift.pValue()) + ")";
            if (lift.pValue() < alpha && (lift.low() > 0 || lift.high() < 0)) {
                findings.add("'" + arm.name() + "' " + (lift.value() > 0 ? "beats" : "does worse than") + " the control: "
                        + figures);
            } else {
                findings.add("'" + arm.name() + "' shows no significant difference from the control: " + figures);
            }
        }
        return state + (compared.size() > 1 ? " (each arm at p < " + format(alpha) + ", Bonferroni)" : "") + ": "
                + String.join("; ", findings) + ".";
    }

    /** The first decision recorded in an experiment, or null. */
    private Instant firstDecision(ExperimentDefinition experiment) {
        Record row = graph.read(FIRST_DECISION, Map.of("prefix", experiment.name() + "/")).records().getFirst();
        return row.get("first").isNull() ? null : row.get("first").asZonedDateTime().toInstant();
    }

    private Map<String, Customers> customers(ExperimentDefinition experiment, Instant to) {
        Map<String, Object> parameters = Map.of("from", experiment.start().atZone(ZoneOffset.UTC),
                "to", to.atZone(ZoneOffset.UTC), "prefix", experiment.name() + "/");
        Map<String, Customers> customers = new HashMap<>();
        for (Record row : graph.read(ARMS, parameters).records()) {
            customers.put(row.get("arm").asString(), new Customers(row.get("customers").asLong(),
                    row.get("decisions").asLong(), row.get("buyers").asLong(), row.get("revenue").asDouble(),
                    row.get("revenueSquares").asDouble(), row.get("attributed").asDouble(),
                    row.get("attributedSquares").asDouble()));
        }
        return customers;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 0.001 || value == 0 ? "%.4g" : "%.2e", value);
    }

    private static String signed(double value) {
        return (value >= 0 ? "+" : "") + format(value);
    }
}
