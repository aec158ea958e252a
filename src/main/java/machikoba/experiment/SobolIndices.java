package machikoba.experiment;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.ArrayList;
import java.util.List;

/**
 * Variance-based global sensitivity (Sobol indices) with the Saltelli design: N points of a
 * 2k-dimensional Sobol sequence (Commons Math) give matrices A and B (first and last k
 * columns); AB_i is A with column i taken from B. That is N (k + 2) model runs, laid out per
 * sample j as A_j, B_j, AB_1j, ..., AB_kj. Estimators (Saltelli et al. 2010, Table 2):
 * first order S_i = mean(f(B) (f(AB_i) - f(A))) / V (Saltelli 2010, with f centred on its mean), total
 * ST_i = mean((f(A) - f(AB_i))^2) / (2 V) (Jansen 1999), V the variance of f over A and B.
 * Confidence intervals come from a bootstrap over the N samples. Each run has its own seed,
 * so the model's own noise is variance that no parameter explains: the S_i sum to less than 1.
 */
public final class SobolIndices {
    public record Index(double s1, double s1Low, double s1High, double st, double stLow, double stHigh) { }

    private SobolIndices() { }

    /** The unit-cube design: N (k + 2) rows of k coordinates. */
    public static List<double[]> design(int k, int n) {
        SobolSequenceGenerator g = new SobolSequenceGenerator(2 * k);
        g.skipTo(1); // the first point is all zeros, a corner that says little
        List<double[]> rows = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double[] v = g.nextVector();
            double[] a = java.util.Arrays.copyOfRange(v, 0, k), b = java.util.Arrays.copyOfRange(v, k, 2 * k);
            rows.add(a);
            rows.add(b);
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                rows.add(ab);
            }
        }
        return rows;
    }

    /** Indices per parameter from the outputs f in design order. */
    public static Index[] estimate(double[] f, int k, int n, long seed, int bootstrap) {
        int[] all = new int[n];
        for (int j = 0; j < n; j++) all[j] = j;
        double[][] point = indices(f, k, all);
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        double[][][] boot = new double[bootstrap][][];
        for (int b = 0; b < bootstrap; b++) {
            int[] pick = new int[n];
            for (int j = 0; j < n; j++) pick[j] = random.nextInt(n);
            boot[b] = indices(f, k, pick);
        }
        Index[] out = new Index[k];
        Percentile pct = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        for (int i = 0; i < k; i++) {
            double[] s1 = new double[bootstrap], st = new double[bootstrap];
            for (int b = 0; b < bootstrap; b++) { s1[b] = boot[b][0][i]; st[b] = boot[b][1][i]; }
            pct.setData(s1);
            double s1Lo = pct.evaluate(2.5), s1Hi = pct.evaluate(97.5);
            pct.setData(st);
            out[i] = new Index(point[0][i], s1Lo, s1Hi, point[1][i], pct.evaluate(2.5), pct.evaluate(97.5));
        }
        return out;
    }

    /** {S1[], ST[]} over the samples listed in pick (with repeats for a bootstrap). */
    static double[][] indices(double[] f, int k, int[] pick) {
        int stride = k + 2, n = pick.length;
        double mean = 0;
        for (int j : pick) mean += f[j * stride] + f[j * stride + 1];
        mean /= 2.0 * n;
        double var = 0;
        for (int j : pick) {
            var += sq(f[j * stride] - mean) + sq(f[j * stride + 1] - mean);
        }
        var /= 2.0 * n;
        double[] s1 = new double[k], st = new double[k];
        for (int i = 0; i < k; i++) {
            double a = 0, b = 0;
            for (int j : pick) {
                // centred on the sample mean: the uncentred estimator's error grows with the
                // mean of f (e.g. ~1,500 firms), which swamps small designs
                double fa = f[j * stride] - mean, fb = f[j * stride + 1] - mean, fab = f[j * stride + 2 + i] - mean;
                a += fb * (fab - fa);
                b += sq(fa - fab);
            }
            s1[i] = var > 0 ? a / n / var : Double.NaN;
            st[i] = var > 0 ? b / (2.0 * n) / var : Double.NaN;
        }
        return new double[][] {s1, st};
    }

    private static double sq(double x) { return x * x; }
}
