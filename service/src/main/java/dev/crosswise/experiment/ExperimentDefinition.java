package dev.crosswise.experiment;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One experiment as its file ({@code rules/experiments/*.yaml}) defines it.
 *
 * @param file  relative to the rules folder ("experiments/post-purchase-72h.yaml")
 * @param start included; null when the file gives none: the experiment then runs from its first decision (see
 *              {@link #runsAt}), and its days are counted from there
 * @param end   exclusive; null while it runs open-ended
 * @param salt  mixed into the hash, so that a new salt reshuffles this experiment's customers (and nothing else)
 * @param line  where {@code name} is written, for problems about the whole experiment
 */
record ExperimentDefinition(String name, String hypothesis, Instant start, Instant end, PrimaryMetric primaryMetric,
                            double minimumDetectableEffect, int minimumDays, String salt, Population population,
                            List<Arm> arms, String file, int line) {

    static final int DEFAULT_MINIMUM_DAYS = 14;

    ExperimentDefinition {
        arms = List.copyOf(arms);
    }

    /**
     * Whether decisions made at {@code at} are in the experiment's dates. Without a start, every decision before the end
     * is: the experiment starts with the first one the service makes with it, whenever the decision says it is made (a
     * decision recorded with an earlier time, as the demo's weeks are, starts it then).
     */
    boolean runsAt(Instant at) {
        return (start == null || !at.isBefore(start)) && (end == null || at.isBefore(end));
    }

    /** Whether its dates and another's have an instant in common (no start: from any time). */
    boolean overlapsInTime(ExperimentDefinition other) {
        return (other.end == null || start == null || start.isBefore(other.end))
                && (end == null || other.start == null || other.start.isBefore(end));
    }

    /**
     * This experiment dated from {@code first}, its first decision, for its results — or from {@code now} when it has
     * made none yet (it is running: the next decision starts it).
     */
    ExperimentDefinition startingAt(Instant first, Instant now) {
        return new ExperimentDefinition(name, hypothesis, first != null ? first : now, end, primaryMetric,
                minimumDetectableEffect, minimumDays, salt, population, arms, file, line);
    }

    Set<Variation> variations() {
        return arms.stream().map(Arm::variation).filter(v -> v != null).collect(Collectors.toSet());
    }

    Arm control() {
        return arms.stream().filter(Arm::control).findFirst().orElseThrow();
    }

    /** The arm of a bucket (0..9 999): arms take consecutive ranges, in the order of the file. */
    Arm armOf(int bucket) {
        int upTo = 0;
        for (Arm arm : arms) {
            upTo += arm.buckets();
            if (bucket < upTo) {
                return arm;
            }
        }
        return arms.getLast(); // weights add up to 100: not reached
    }
}
