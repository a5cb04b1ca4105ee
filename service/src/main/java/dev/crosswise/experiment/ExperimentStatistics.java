package dev.crosswise.experiment;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * The statistics of experiment results, from Apache Commons Math's distributions and tests: 95 % intervals, two-sided
 * tests at 5 %, 80 % power. Rates: an arm's Wilson score interval; a lift's Wald interval for the difference of two
 * proportions with the pooled two-proportion z-test. Means (revenue per customer): Student's t interval; a lift's
 * Welch interval and Welch's t-test (unequal variances, Welch–Satterthwaite degrees of freedom). The arms' split:
 * Pearson's chi-square goodness of fit against the weights.
 */
final class ExperimentStatistics {

    static final double CONFIDENCE = 0.95;
    static final double ALPHA = 0.05;
    static final double POWER = 0.80;
    private static final NormalDistribution NORMAL = new NormalDistribution();
    private static final double Z_ALPHA = NORMAL.inverseCumulativeProbability(1 - ALPHA / 2);
    private static final double Z_POWER = NORMAL.inverseCumulativeProbability(POWER);

    private ExperimentStatistics() {
    }

    /** What one arm's metric is made of: a count of successes out of n, or a sum and sum of squares over n customers. */
    record Sample(long n, double successes, double sum, double sumOfSquares) {

        static Sample proportion(long successes, long n) {
            return new Sample(n, successes, successes, successes);
        }

        static Sample values(long n, double sum, double sumOfSquares) {
            return new Sample(n, 0, sum, sumOfSquares);
        }

        double mean() {
            return sum / n;
        }

        /** The unbiased sample variance. */
        double variance() {
            return n < 2 ? Double.NaN : Math.max(0, (sumOfSquares - sum * sum / n) / (n - 1));
        }
    }

    /** A rate with its Wilson score interval; null without a sample. */
    static Estimate rate(long successes, long n) {
        if (n == 0) {
            return null;
        }
        ConfidenceInterval interval = new WilsonScoreInterval().createInterval((int) n, (int) successes, CONFIDENCE);
        return new Estimate((double) successes / n, interval.getLowerBound(), interval.getUpperBound(), null);
    }

    /** A mean with its t interval; null with fewer than two values (no variance to go by). */
    static Estimate mean(Sample sample) {
        if (sample.n() < 2) {
            return null;
        }
        double half = new TDistribution(sample.n() - 1).inverseCumulativeProbability(1 - ALPHA / 2)
                * Math.sqrt(sample.variance() / sample.n());
        return new Estimate(sample.mean(), sample.mean() - half, sample.mean() + half, null);
    }

    /**
     * The difference of two rates (arm minus control) with its Wald interval (unpooled standard error) and the pooled
     * two-proportion z-test's p-value; null when either has no sample.
     */
    static Estimate rateLift(long armSuccesses, long armN, long controlSuccesses, long controlN) {
        if (armN == 0 || controlN == 0) {
            return null;
        }
        double p1 = (double) armSuccesses / armN;
        double p0 = (double) controlSuccesses / controlN;
        double difference = p1 - p0;
        double half = Z_ALPHA * Math.sqrt(p1 * (1 - p1) / armN + p0 * (1 - p0) / controlN);
        double pooled = (double) (armSuccesses + controlSuccesses) / (armN + controlN);
        double pooledError = Math.sqrt(pooled * (1 - pooled) * (1.0 / armN + 1.0 / controlN));
        double pValue = pooledError == 0 ? 1.0 : 2 * NORMAL.cumulativeProbability(-Math.abs(difference / pooledError));
        return new Estimate(difference, difference - half, difference + half, pValue);
    }

    /** The difference of two means (arm minus control) with Welch's interval and t-test; null below two values each. */
    static Estimate meanLift(Sample arm, Sample control) {
        if (arm.n() < 2 || control.n() < 2) {
            return null;
        }
        double difference = arm.mean() - control.mean();
        double a = arm.variance() / arm.n();
        double c = control.variance() / control.n();
        double error = Math.sqrt(a + c);
        if (error == 0) {
            return new Estimate(difference, difference, difference, difference == 0 ? 1.0 : 0.0);
        }
        double degrees = (a + c) * (a + c) / (a * a / (arm.n() - 1) + c * c / (control.n() - 1));
        TDistribution t = new TDistribution(degrees);
        double half = t.inverseCumulativeProbability(1 - ALPHA / 2) * error;
        double pValue = 2 * t.cumulativeProbability(-Math.abs(difference / error));
        return new Estimate(difference, difference - half, difference + half, pValue);
    }

    /** Pearson's chi-square p-value of the customers per arm against the weights (percent); null without customers. */
    static Double sampleRatioPValue(long[] customers, double[] weights) {
        long total = 0;
        for (long c : customers) {
            total += c;
        }
        if (total == 0 || customers.length < 2) {
            return null;
        }
        double[] expected = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            expected[i] = total * weights[i] / 100;
        }
        return new ChiSquareTest().chiSquareTest(expected, customers);
    }

    /**
     * Samples per arm to detect a rise of {@code effect} over the control's rate {@code baseline} (two-sided 5 %, 80 %
     * power): (z_α/2 + z_β)² (p0(1−p0) + p1(1−p1)) / effect², with p1 = p0 + effect (at most 1).
     */
    static long sampleSizeForRates(double baseline, double effect) {
        double p1 = Math.min(1, baseline + effect);
        double variance = baseline * (1 - baseline) + p1 * (1 - p1);
        double z = Z_ALPHA + Z_POWER;
        return (long) Math.ceil(z * z * Math.max(variance, 1e-12) / (effect * effect));
    }

    /** Samples per arm to detect a difference of {@code effect} between means of this variance: 2 (z_α/2 + z_β)² σ² / effect². */
    static long sampleSizeForMeans(double variance, double effect) {
        double z = Z_ALPHA + Z_POWER;
        return (long) Math.ceil(2 * z * z * variance / (effect * effect));
    }
}
