package machikoba.observe;

import org.apache.commons.math3.stat.regression.SimpleRegression;

import java.util.List;

/**
 * Statistics of a run's monthly rows over years, the ones the targets compare with the studies.
 * <p>
 * The yearly rate of change ({@link #of}) is one method for every target: the log-linear trend.
 * Each year's mean of the monthly values from {@code from} to {@code to} is logged, a least-squares
 * line is fitted to ln(mean) against the year, and the rate is exp(slope) - 1. Why not the two end
 * points, (mean(to) / mean(from))^(1/(to - from)) - 1: that rate rests on two years only, so one odd
 * year at either end (a recession's trough, a small district's chance) moves it as much as the
 * whole trend; the census study [U-2009] reports its changes per year with a test of their
 * significance (its asterisks), which is a regression over the years, and the trend is the
 * estimate that goes with that test. For a series that changes by the same rate every year both
 * give that rate exactly.
 */
public final class YearlyChange {
    private YearlyChange() { }

    /**
     * The log-linear trend's yearly rate of a metric from year {@code from} to {@code to}; NaN when a
     * year has no months or a mean that is not positive (its log is undefined), or {@code to <= from}.
     */
    public static double of(List<double[]> rows, Metric metric, int from, int to) {
        if (to <= from) return Double.NaN;
        SimpleRegression ols = new SimpleRegression();
        for (int y = from; y <= to; y++) {
            double m = yearMean(rows, metric, y);
            if (!(m > 0)) return Double.NaN;
            ols.addData(y, Math.log(m));
        }
        return Math.exp(ols.getSlope()) - 1;
    }

    public static double yearMean(List<double[]> rows, Metric metric, int year) {
        double sum = 0;
        int n = 0;
        for (double[] r : rows) if ((int) Metric.YEAR.of(r) == year) { sum += metric.of(r); n++; }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * The year from {@code from} to {@code to} whose mean of the metric is highest (the earliest of
     * equal ones); NaN when a year has no months. A peak is a year, so a replication's figure is
     * whole; the mean over replications need not be.
     */
    public static double peakYear(List<double[]> rows, Metric metric, int from, int to) {
        double best = Double.NEGATIVE_INFINITY;
        int at = -1;
        for (int y = from; y <= to; y++) {
            double m = yearMean(rows, metric, y);
            if (Double.isNaN(m)) return Double.NaN;
            if (m > best) { best = m; at = y; }
        }
        return at;
    }

    public static double yearSum(List<double[]> rows, Metric metric, int from, int to) {
        double sum = 0;
        for (double[] r : rows) if ((int) Metric.YEAR.of(r) >= from && (int) Metric.YEAR.of(r) <= to) sum += metric.of(r);
        return sum;
    }

    /** The sum of a metric over months {@code first}-{@code last} (1-12) of one year. */
    public static double monthSum(List<double[]> rows, Metric metric, int year, int first, int last) {
        double sum = 0;
        for (double[] r : rows) {
            int m = (int) Metric.MONTH.of(r);
            if ((int) Metric.YEAR.of(r) == year && m >= first && m <= last) sum += metric.of(r);
        }
        return sum;
    }

    /**
     * Of the years {@code from}-{@code to}, the share in which the year's sum of {@code metric} is
     * below the year's sum of {@code other} (e.g. entries below exits).
     */
    public static double shareOfYearsBelow(List<double[]> rows, Metric metric, Metric other, int from, int to) {
        int below = 0;
        for (int y = from; y <= to; y++) if (yearSum(rows, metric, y, y) < yearSum(rows, other, y, y)) below++;
        return (double) below / (to - from + 1);
    }

    /**
     * The least-squares slope, over the years {@code from+1}-{@code to}, of the yearly growth of
     * {@code y} on the yearly growth of {@code x}, each growth the log change of the yearly mean from
     * the year before (the form of [U-2009] Table 3: TFP growth on the change of establishments).
     * NaN when a yearly mean is not positive, or fewer than three years of growth are given.
     */
    public static double growthSlope(List<double[]> rows, Metric y, Metric x, int from, int to) {
        if (to - from < 3) return Double.NaN;
        SimpleRegression ols = new SimpleRegression();
        double y0 = yearMean(rows, y, from), x0 = yearMean(rows, x, from);
        for (int year = from + 1; year <= to; year++) {
            double y1 = yearMean(rows, y, year), x1 = yearMean(rows, x, year);
            if (!(y0 > 0 && y1 > 0 && x0 > 0 && x1 > 0)) return Double.NaN;
            ols.addData(Math.log(x1 / x0), Math.log(y1 / y0));
            y0 = y1;
            x0 = x1;
        }
        return ols.getSlope();
    }
}
