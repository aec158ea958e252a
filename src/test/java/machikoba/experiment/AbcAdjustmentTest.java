package machikoba.experiment;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The regression adjustment on toy models whose posterior is known, no simulation. */
class AbcAdjustmentTest {
    /** A statistic that is exactly linear in the parameter: every adjusted sample lands on the one parameter that makes it. */
    @Test
    void anExactlyLinearStatisticGivesItsParameterExactly() {
        MersenneTwister rng = new MersenneTwister(3);
        int n = 400;
        double observed = 4.0; // s = 2 theta + 1, so theta = 1.5
        double[][] theta = new double[n][1], scaled = new double[n][1];
        for (int i = 0; i < n; i++) {
            theta[i][0] = -5 + 10 * rng.nextDouble();
            scaled[i][0] = (2 * theta[i][0] + 1 - observed) / 0.5;
        }
        Abc.Posterior post = Abc.adjust(theta, scaled, 0.1);
        assertEquals(40, post.kept().length);
        assertTrue(post.regressed());
        for (double[] a : post.adjusted()) assertEquals(1.5, a[0], 1e-9);
        // nearest first, Epanechnikov weights: 1 at distance 0, 0 at the largest kept distance
        for (int r = 1; r < post.kept().length; r++) assertTrue(post.distance()[r] >= post.distance()[r - 1]);
        assertEquals(0, post.weight()[post.kept().length - 1], 1e-12);
        for (int r = 0; r < post.kept().length; r++) {
            double u = post.distance()[r] / post.distance()[post.kept().length - 1];
            assertEquals(1 - u * u, post.weight()[r], 1e-12);
        }
    }

    /**
     * The mean of m draws from N(theta, 1) with a flat prior: the posterior is N(observed mean, 1/m).
     * The rejection sample alone is as wide as the acceptance window; the adjustment narrows it to the truth.
     */
    @Test
    void aNormalMeanGetsItsKnownPosterior() {
        MersenneTwister rng = new MersenneTwister(11);
        int n = 20000, m = 25;
        double observed = 0.7;
        double[][] theta = new double[n][1], scaled = new double[n][1];
        for (int i = 0; i < n; i++) {
            theta[i][0] = -5 + 10 * rng.nextDouble();
            double sum = 0;
            for (int k = 0; k < m; k++) sum += theta[i][0] + rng.nextGaussian();
            scaled[i][0] = sum / m - observed;
        }
        Abc.Posterior post = Abc.adjust(theta, scaled, 0.1);
        double[] s = Abc.summary(post.column(0), post.weight());
        double sd = 1 / Math.sqrt(m);
        assertEquals(observed, s[0], 0.02, "posterior mean");
        assertEquals(observed, s[1], 0.03, "posterior median");
        assertEquals(observed - 1.96 * sd, s[2], 0.05, "2.5% quantile");
        assertEquals(observed + 1.96 * sd, s[3], 0.05, "97.5% quantile");
        // without the adjustment the kept draws spread over the whole window (about +-0.5 here)
        double[] raw = new double[post.kept().length];
        for (int r = 0; r < raw.length; r++) raw[r] = theta[post.kept()[r]][0];
        double[] unadjusted = Abc.summary(raw, post.weight());
        assertTrue(unadjusted[3] - unadjusted[2] > s[3] - s[2] + 0.1, "the adjustment narrows the sample");
    }

    @Test
    void weightedQuantilesAndMean() {
        double[] v = {3, 1, 2, 4}, w = {1, 1, 1, 1};
        assertArrayEquals(new double[] {2.5, 2, 1, 4}, Abc.summary(v, w), 1e-12);
        assertEquals(4, Abc.quantile(v, new double[] {0, 0, 0, 1}, 0.5));
    }

    @Test
    void simulationsWithoutStatisticsAreNeverKept() {
        double[][] theta = {{1}, {2}, {3}, {4}}, scaled = {{Double.NaN}, {0.1}, {0.2}, {Double.POSITIVE_INFINITY}};
        Abc.Posterior post = Abc.adjust(theta, scaled, 1.0);
        assertArrayEquals(new int[] {1, 2}, post.kept());
    }
}
