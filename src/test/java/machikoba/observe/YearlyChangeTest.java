package machikoba.observe;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The yearly change is the log-linear trend of the yearly means; the other statistics the targets read. */
class YearlyChangeTest {
    /** Monthly rows 1985-1998 whose FIRMS column is the year's value in every month. */
    static List<double[]> rows(IntToDoubleFunction byYear) {
        List<double[]> rows = new ArrayList<>();
        for (int y = 1985; y <= 1998; y++) {
            for (int m = 1; m <= 12; m++) {
                double[] r = new double[Metric.values().length];
                r[Metric.YEAR.index()] = y;
                r[Metric.MONTH.index()] = m;
                r[Metric.FIRMS.index()] = byYear.applyAsDouble(y);
                rows.add(r);
            }
        }
        return rows;
    }

    @Test
    void aGeometricSeriesGivesItsRateExactly() {
        List<double[]> rows = rows(y -> 8000 * Math.pow(1 - 0.035, y - 1985));
        assertEquals(-0.035, YearlyChange.of(rows, Metric.FIRMS, 1985, 1997), 1e-12);
        assertEquals(-0.035, YearlyChange.of(rows, Metric.FIRMS, 1988, 1992), 1e-12);
    }

    /** A noisy series gives the least-squares slope of ln(mean) on the year, worked out here by its formula, not the end points. */
    @Test
    void aNoisySeriesGivesTheLeastSquaresTrend() {
        double[] v = {100, 97, 99, 93, 95, 90, 92, 85, 88, 86, 80, 83, 90}; // 1985-1997, an odd last year
        List<double[]> rows = rows(y -> y <= 1997 ? v[y - 1985] : 1);
        double xm = 1991, lm = 0;
        for (double x : v) lm += Math.log(x) / v.length;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < v.length; i++) {
            sxy += (1985 + i - xm) * (Math.log(v[i]) - lm);
            sxx += (1985 + i - xm) * (1985 + i - xm);
        }
        double expected = Math.exp(sxy / sxx) - 1;
        double got = YearlyChange.of(rows, Metric.FIRMS, 1985, 1997);
        assertEquals(expected, got, 1e-12);
        double endPoints = Math.pow(v[12] / v[0], 1.0 / 12) - 1;
        assertNotEquals(endPoints, got, 1e-3, "one odd last year does not set the rate");
        assertTrue(got < 0, "the trend falls");
    }

    @Test
    void aYearWithoutMonthsOrANonPositiveMeanHasNoRate() {
        assertTrue(Double.isNaN(YearlyChange.of(rows(y -> 10), Metric.FIRMS, 1985, 1999)), "1998-99 are not in the rows");
        assertTrue(Double.isNaN(YearlyChange.of(rows(y -> y == 1990 ? 0 : 10), Metric.FIRMS, 1985, 1997)));
        assertTrue(Double.isNaN(YearlyChange.of(rows(y -> 10), Metric.FIRMS, 1990, 1990)));
    }

    @Test
    void monthSumsYearsBelowAndTheGrowthSlope() {
        List<double[]> rows = rows(y -> y);
        for (double[] r : rows) {
            int y = (int) Metric.YEAR.of(r), m = (int) Metric.MONTH.of(r);
            r[Metric.EXITS_INSOLVENCY.index()] = y == 1997 ? 10 : m <= 6 ? 13 : 1000; // Jan-Jun 1998: 13 a month
            r[Metric.ENTRIES.index()] = y == 1993 ? 9 : 4;
            r[Metric.EXITS.index()] = 5;
            // establishments grow by e(y), productivity by -0.5 e(y) + 0.01: the slope of one on the other is -0.5
            double ln = 0, lp = 0;
            for (int k = 1986; k <= y; k++) { ln += 0.02 * Math.sin(k); lp += -0.5 * 0.02 * Math.sin(k) + 0.01; }
            r[Metric.ESTABLISHMENTS.index()] = 1000 * Math.exp(ln);
            r[Metric.TFP_PROXY.index()] = 0.5 * Math.exp(lp);
        }
        assertEquals(1.3, YearlyChange.monthSum(rows, Metric.EXITS_INSOLVENCY, 1998, 1, 6)
                / YearlyChange.monthSum(rows, Metric.EXITS_INSOLVENCY, 1997, 1, 6), 1e-12);
        assertEquals(12.0 / 13, YearlyChange.shareOfYearsBelow(rows, Metric.ENTRIES, Metric.EXITS, 1985, 1997), 1e-12);
        assertEquals(1.0, YearlyChange.shareOfYearsBelow(rows, Metric.ENTRIES, Metric.EXITS, 1994, 1997), 1e-12);
        assertEquals(-0.5, YearlyChange.growthSlope(rows, Metric.TFP_PROXY, Metric.ESTABLISHMENTS, 1985, 1997), 1e-9);
        assertTrue(Double.isNaN(YearlyChange.growthSlope(rows, Metric.TFP_PROXY, Metric.ESTABLISHMENTS, 1985, 1987)), "too few years");
    }
}
