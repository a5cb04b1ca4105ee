package dev.crosswise.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crosswise.experiment.ExperimentStatistics.Sample;
import org.junit.jupiter.api.Test;

/**
 * The statistics against values computed independently with SciPy 1.17.1 ({@code scipy.stats}); each test names the
 * call that gave its numbers.
 */
class ExperimentStatisticsTest {

    private static final double CLOSE = 1e-9;

    @Test
    void aRateHasItsWilsonInterval() {
        // stats.binomtest(45, 500).proportion_ci(confidence_level=0.95, method='wilson')
        Estimate rate = ExperimentStatistics.rate(45, 500);

        assertThat(rate.value()).isEqualTo(0.09);
        assertThat(rate.low()).isCloseTo(0.0679425478891394, within(CLOSE));
        assertThat(rate.high()).isCloseTo(0.11830941128933344, within(CLOSE));
        assertThat(rate.pValue()).isNull();
        assertThat(ExperimentStatistics.rate(0, 0)).isNull();
    }

    @Test
    void theLiftOfTwoRatesHasAWaldIntervalAndTheTwoProportionTest() {
        // p: stats.chi2_contingency([[60, 440], [45, 455]], correction=False) (the pooled z-test squared);
        // interval: 0.03 -/+ stats.norm.ppf(0.975) * sqrt(0.12*0.88/500 + 0.09*0.91/500)
        Estimate lift = ExperimentStatistics.rateLift(60, 500, 45, 500);

        assertThat(lift.value()).isCloseTo(0.03, within(CLOSE));
        assertThat(lift.low()).isCloseTo(-0.007954539356449804, within(CLOSE));
        assertThat(lift.high()).isCloseTo(0.0679545393564498, within(CLOSE));
        assertThat(lift.pValue()).isCloseTo(0.12178184842585726, within(1e-9));
    }

    @Test
    void theLiftOfTwoMeansIsWelchs() {
        // a = [12, 0, 0, 35, 80, 0, 22, 0, 15, 60], b = [0, 0, 10, 0, 25, 0, 0, 5, 0, 0, 12, 0] (revenue per customer)
        // res = stats.ttest_ind(a, b, equal_var=False); res.pvalue; res.confidence_interval(0.95)
        Sample arm = Sample.values(10, 224, 12078);
        Sample control = Sample.values(12, 52, 894);

        Estimate lift = ExperimentStatistics.meanLift(arm, control);

        assertThat(lift.value()).isCloseTo(18.066666666666666, within(CLOSE));
        assertThat(lift.low()).isCloseTo(-2.2507137276542153, within(1e-7));
        assertThat(lift.high()).isCloseTo(38.38404706098755, within(1e-7));
        assertThat(lift.pValue()).isCloseTo(0.07579161804267319, within(1e-8));
    }

    @Test
    void aMeanHasItsStudentInterval() {
        // stats.t.interval(0.95, 9, loc=a.mean(), scale=a.std(ddof=1) / sqrt(10)) for a above
        Estimate mean = ExperimentStatistics.mean(Sample.values(10, 224, 12078));

        assertThat(mean.value()).isCloseTo(22.4, within(CLOSE));
        assertThat(mean.low()).isCloseTo(2.3637624267766633, within(1e-7));
        assertThat(mean.high()).isCloseTo(42.43623757322334, within(1e-7));
        assertThat(ExperimentStatistics.mean(Sample.values(1, 5, 25))).isNull();
    }

    @Test
    void theSampleRatioTestIsPearsonsChiSquareAgainstTheWeights() {
        // stats.chisquare([5150, 4850], [5000, 5000]).pvalue; stats.chisquare([480, 4620, 4900], [500, 4500, 5000]).pvalue
        assertThat(ExperimentStatistics.sampleRatioPValue(new long[] {5150, 4850}, new double[] {50, 50}))
                .isCloseTo(0.0026997960632601883, within(1e-12));
        assertThat(ExperimentStatistics.sampleRatioPValue(new long[] {480, 4620, 4900}, new double[] {5, 45, 50}))
                .isCloseTo(0.04978706836786395, within(1e-12));
        assertThat(SampleRatio.of(0.0027).flagged()).isFalse();
        assertThat(SampleRatio.of(0.0009).flagged()).isTrue();
        assertThat(ExperimentStatistics.sampleRatioPValue(new long[] {0, 0}, new double[] {50, 50})).isNull();
    }

    @Test
    void theSampleNeededFor80PercentPowerAt5Percent() {
        // (stats.norm.ppf(0.975) + stats.norm.ppf(0.8))**2 * (0.09*0.91 + 0.11*0.89) / 0.02**2 = 3528.07
        assertThat(ExperimentStatistics.sampleSizeForRates(0.09, 0.02)).isEqualTo(3529);
        // 2 * (stats.norm.ppf(0.975) + stats.norm.ppf(0.8))**2 * 400 / 5**2 = 251.16
        assertThat(ExperimentStatistics.sampleSizeForMeans(400, 5)).isEqualTo(252);
    }

    @Test
    void theDaysStillNeededGoByTheSmallestArmsPaceAndAreUnknownWithoutOne() {
        // 100 customers in 10 days: 10 a day; 300 more take 30 days
        assertThat(ExperimentResults.daysToSample(400L, 100, 10)).isEqualTo(30L);
        assertThat(ExperimentResults.daysToSample(400L, 400, 10)).isZero();
        assertThat(ExperimentResults.daysToSample(400L, 0, 10)).isNull(); // an arm nobody reached yet: no pace
        assertThat(ExperimentResults.daysToSample(null, 100, 10)).isNull();
    }
}
