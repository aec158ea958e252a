package machikoba.observe;

import java.util.List;

/**
 * Census-style yearly rate of change of a metric between two years, from the yearly means
 * of the monthly rows: (mean(to) / mean(from))^(1 / (to - from)) - 1. The census series in
 * [U-2009] are quoted this way (e.g. Ota establishments 1985-1997: -3.5% a year).
 */
public final class YearlyChange {
    private YearlyChange() { }

    public static double of(List<double[]> rows, String column, int from, int to) {
        double a = yearMean(rows, column, from), b = yearMean(rows, column, to);
        if (Double.isNaN(a) || Double.isNaN(b) || a <= 0 || to <= from) return Double.NaN;
        return Math.pow(b / a, 1.0 / (to - from)) - 1;
    }

    public static double yearMean(List<double[]> rows, String column, int year) {
        int c = Observer.column(column), y = Observer.column("year");
        double sum = 0;
        int n = 0;
        for (double[] r : rows) if ((int) r[y] == year) { sum += r[c]; n++; }
        return n == 0 ? Double.NaN : sum / n;
    }

    public static double yearSum(List<double[]> rows, String column, int from, int to) {
        int c = Observer.column(column), y = Observer.column("year");
        double sum = 0;
        for (double[] r : rows) if ((int) r[y] >= from && (int) r[y] <= to) sum += r[c];
        return sum;
    }
}
