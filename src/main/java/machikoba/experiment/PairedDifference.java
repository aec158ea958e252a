package machikoba.experiment;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * A variant against the baseline on the same seeds: the mean of the replications' differences
 * and its 95% interval from Student's t on those differences (paired). For comparison, the
 * interval the same runs would give if the two samples were independent (Welch's), which
 * common random numbers should make wider.
 */
public record PairedDifference(int n, double baselineMean, double variantMean, double difference,
                               double ciLow, double ciHigh, double independentLow, double independentHigh) {
    static final double LEVEL = 0.95;

    /** @param baseline replication r of the baseline; {@code variant}: replication r of the variant, same seed */
    public static PairedDifference of(double[] baseline, double[] variant) {
        int n = baseline.length;
        if (variant.length != n || n == 0) throw new IllegalArgumentException("paired samples of equal, positive size expected");
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = variant[i] - baseline[i];
        double mb = StatUtils.mean(baseline), mv = StatUtils.mean(variant), md = StatUtils.mean(d);
        if (n < 2) return new PairedDifference(n, mb, mv, md, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double half = quantile(n - 1) * Math.sqrt(StatUtils.variance(d) / n);
        double vb = StatUtils.variance(baseline) / n, vv = StatUtils.variance(variant) / n;
        double se = Math.sqrt(vb + vv);
        double welchDf = se == 0 ? n - 1 : (vb + vv) * (vb + vv) / (vb * vb / (n - 1) + vv * vv / (n - 1));
        double halfIndependent = quantile(welchDf) * se;
        return new PairedDifference(n, mb, mv, md, md - half, md + half, md - halfIndependent, md + halfIndependent);
    }

    private static double quantile(double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.5 + LEVEL / 2);
    }

    /** The difference over the baseline mean (NaN when the baseline mean is 0). */
    public double relativeChange() { return baselineMean == 0 ? Double.NaN : difference / baselineMean; }

    public double pairedWidth() { return ciHigh - ciLow; }

    public double independentWidth() { return independentHigh - independentLow; }
}
