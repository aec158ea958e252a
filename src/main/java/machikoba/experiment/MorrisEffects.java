package machikoba.experiment;

import ec.util.MersenneTwisterFast;

import java.util.ArrayList;
import java.util.List;

/**
 * Morris elementary effects (Morris 1991): r trajectories of k + 1 points on a grid of p
 * levels in the unit cube; each step moves one parameter, in random order, up by
 * delta = p / (2 (p - 1)). The effect of that step is (f(after) - f(before)) / delta, in
 * output units per full parameter range. Ranked by mu* (mean absolute effect, Campolongo et
 * al. 2007); sigma (their standard deviation) shows interaction or non-linearity, and here
 * also the model's own noise, since every run has its own seed.
 */
public final class MorrisEffects {
    public record Effect(double mu, double muStar, double sigma) { }

    private MorrisEffects() { }

    public static double delta(int levels) { return levels / (2.0 * (levels - 1)); }

    /**
     * The design: r (k + 1) rows. The order in which parameters move in each trajectory is
     * kept in {@code moved} (r x k) for the estimator.
     */
    public static List<double[]> design(int k, int r, int levels, long seed, int[][] moved) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        double delta = delta(levels);
        int starts = levels / 2; // start levels 0 .. p/2 - 1, so that + delta stays in the cube
        List<double[]> rows = new ArrayList<>();
        for (int t = 0; t < r; t++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) x[i] = random.nextInt(starts) / (double) (levels - 1);
            int[] order = new int[k];
            for (int i = 0; i < k; i++) order[i] = i;
            for (int i = k - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i]; order[i] = order[j]; order[j] = tmp;
            }
            moved[t] = order;
            rows.add(x.clone());
            for (int i : order) {
                x[i] += delta;
                rows.add(x.clone());
            }
        }
        return rows;
    }

    public static Effect[] estimate(double[] f, int k, int r, int levels, int[][] moved) {
        double delta = delta(levels);
        double[][] ee = new double[k][r];
        for (int t = 0; t < r; t++) {
            int base = t * (k + 1);
            for (int s = 0; s < k; s++) ee[moved[t][s]][t] = (f[base + s + 1] - f[base + s]) / delta;
        }
        Effect[] out = new Effect[k];
        for (int i = 0; i < k; i++) {
            double mu = 0, abs = 0;
            for (double e : ee[i]) { mu += e; abs += Math.abs(e); }
            mu /= r;
            abs /= r;
            double v = 0;
            for (double e : ee[i]) v += (e - mu) * (e - mu);
            out[i] = new Effect(mu, abs, r > 1 ? Math.sqrt(v / (r - 1)) : Double.NaN);
        }
        return out;
    }
}
