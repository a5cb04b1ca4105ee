package dev.crosswise.experiment;

import java.time.OffsetDateTime;
import java.util.List;

/** GraphQL {@code Experiment}: an experiment's definition and its results so far. */
record ExperimentResult(String name, Status status, String hypothesis, String primaryMetric,
                        double minimumDetectableEffect, OffsetDateTime start, OffsetDateTime end, int daysRun,
                        int minimumDays, String population, List<ArmResult> arms, SampleRatio srm, String test,
                        String sampleUnit, Long requiredSamplePerArm, Long daysToRequiredSample, String verdict,
                        String file) {

    enum Status { DRAFT, RUNNING, ENDED }
}
