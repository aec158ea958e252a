package machikoba.observe;

import java.util.List;

/**
 * Census-style yearly rate of change of a metric between two years, from the yearly means
 * of the monthly rows: (mean(to) / mean(from))^(1 / (to - from)) - 1. The census series in
 * [U-2009] are quoted this way (e.g. Ota establishments 1985-1997: -3.5% a year).
 */
public final class YearlyChange {
    private YearlyChange() { }

    public static double of(List<double[]> rows, Metric metric, int from, int to) {
        double a = yearMean(rows, metric, from), b = yearMean(rows, metric, to);
        if (Double.isNaN(a) || Double.isNaN(b) || a <= 0 || to <= from) return Double.NaN;
        return Math.pow(b / a, 1.0 / (to - from)) - 1;
    }

    public static double yearMean(List<double[]> rows, Metric metric, int year) {
        double sum = 0;
        int n = 0;
        for (double[] r : rows) if ((int) Metric.YEAR.of(r) == year) { sum += metric.of(r); n++; }
        return n == 0 ? Double.NaN : sum / n;
    }

    public static double yearSum(List<double[]> rows, Metric metric, int from, int to) {
        double sum = 0;
        for (double[] r : rows) if ((int) Metric.YEAR.of(r) >= from && (int) Metric.YEAR.of(r) <= to) sum += metric.of(r);
        return sum;
    }
}
