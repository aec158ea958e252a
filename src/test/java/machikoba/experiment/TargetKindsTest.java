package machikoba.experiment;

import machikoba.cli.SmallOta;
import machikoba.observe.Metric;
import machikoba.scenario.ScenarioError;
import machikoba.scenario.ScenarioLoader;
import machikoba.scenario.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The target kinds added for the census figures [U-2009, IA-1999]: each evaluated on known rows, passing and failing, and refused when malformed. */
class TargetKindsTest {
    @TempDir Path tmp;

    private static Targets.Target target(String kind, String column, int from, int to, Double observed, Double tolerance,
                                         String against, List<Integer> months) {
        return new Targets.Target("t", kind, column, from, to, observed, tolerance, null, null, "test", against, months);
    }

    /** 1996-1999: insolvencies 10 a month in 1997, 13 a month in 1998's first half; entries below exits but in 1999; establishments and productivity. */
    private static List<double[]> rows(double slopeOfProductivity) {
        List<double[]> rows = new ArrayList<>();
        double est = 1000, prod = 1;
        for (int y = 1990; y <= 1999; y++) {
            double g = 0.03 * Math.cos(3 * y); // the yearly change of establishments, varied
            if (y > 1990) { est *= Math.exp(g); prod *= Math.exp(slopeOfProductivity * g + 0.02); }
            for (int m = 1; m <= 12; m++) {
                double[] r = new double[Metric.values().length];
                r[Metric.YEAR.index()] = y;
                r[Metric.MONTH.index()] = m;
                r[Metric.EXITS_INSOLVENCY.index()] = y == 1997 ? 10 : y == 1998 && m <= 6 ? 13 : 40;
                r[Metric.ENTRIES.index()] = y == 1999 ? 8 : 3;
                r[Metric.EXITS.index()] = 5;
                r[Metric.ESTABLISHMENTS.index()] = est;
                r[Metric.TFP_PROXY.index()] = prod;
                rows.add(r);
            }
        }
        return rows;
    }

    private static boolean passes(Targets.Target t, List<double[]> rows) {
        return Validation.passes(t, Validation.evaluate(t, rows), Double.NaN);
    }

    @Test
    void ratioOfTheFirstHalvesOfTwoYears() {
        List<double[]> rows = rows(-0.1);
        Targets.Target up29 = target("ratio", "exits_insolvency", 1997, 1998, 1.29, 0.05, null, List.of(1, 6));
        assertEquals(1.3, Validation.evaluate(up29, rows), 1e-12);
        assertTrue(passes(up29, rows));
        assertFalse(passes(target("ratio", "exits_insolvency", 1997, 1998, 1.0, 0.05, null, List.of(1, 6)), rows));
        // the whole year when no months are given: 1998 sums 6 x 13 + 6 x 40 over 120
        assertEquals((6 * 13 + 6 * 40) / 120.0, Validation.evaluate(target("ratio", "exits_insolvency", 1997, 1998, 1.0, 1.0, null, null), rows), 1e-12);
    }

    @Test
    void shareOfYearsWithEntriesBelowExits() {
        List<double[]> rows = rows(-0.1);
        Targets.Target every = target("years_below", "entries", 1990, 1999, 1.0, 0.05, "exits", null);
        assertEquals(0.9, Validation.evaluate(every, rows), 1e-12);
        assertFalse(passes(every, rows), "1999 has more entries than exits");
        assertTrue(passes(target("years_below", "entries", 1990, 1998, 1.0, 0.05, "exits", null), rows));
    }

    @Test
    void negativeSlopeOfProductivityGrowthOnTheChangeOfEstablishments() {
        Targets.Target t = target("negative_slope", "tfp_proxy", 1990, 1999, null, null, "establishments", null);
        assertEquals(-0.1, Validation.evaluate(t, rows(-0.1)), 1e-9);
        assertTrue(passes(t, rows(-0.1)));
        assertFalse(passes(t, rows(0.2)));
        assertFalse(Validation.passes(t, Double.NaN, Double.NaN), "no slope is no pass");
    }

    @Test
    void peakYearIsTheYearOfTheHighestMean() {
        List<double[]> rows = rows(-0.1);
        double best = Double.NEGATIVE_INFINITY;
        int at = 0;
        for (int y = 1990; y <= 1999; y++) {
            double m = machikoba.observe.YearlyChange.yearMean(rows, Metric.ESTABLISHMENTS, y);
            if (m > best) { best = m; at = y; }
        }
        assertTrue(at > 1990 && at < 1999, "the fixture's establishments rise and fall: a peak inside the years, " + at);
        Targets.Target t = target("peak_year", "establishments", 1990, 1999, (double) at, 1.0, null, null);
        assertEquals(at, Validation.evaluate(t, rows), 0);
        assertTrue(passes(t, rows));
        assertFalse(passes(target("peak_year", "establishments", 1990, 1999, (double) at + 2, 1.0, null, null), rows));
        assertTrue(Double.isNaN(Validation.evaluate(target("peak_year", "establishments", 1985, 1999, 1990.0, 1.0, null, null), rows)),
                "a year without months has no mean, and the window no peak");
    }

    @Test
    void aValueInOneYearIsTheMeanOfItsMonths() {
        List<double[]> rows = rows(-0.1);
        Targets.Target t = target("mean", "exits_insolvency", 1998, 1998, 26.5, 0.1, null, null);
        assertEquals(26.5, Validation.evaluate(t, rows), 1e-12);
        assertTrue(passes(t, rows));
        assertFalse(passes(target("mean", "exits_insolvency", 1997, 1997, 26.5, 0.1, null, null), rows));
    }

    private String refused(String target) throws IOException {
        Path s = SmallOta.write(tmp, SmallOta.PASSING.replace("  - {name: impossible", target + "\n  - {name: impossible"));
        ScenarioError e = assertThrows(ScenarioError.class,
                () -> Targets.load(Targets.fileFor(s), Set.copyOf(Metric.columns()), ScenarioLoader.load(s)));
        return e.toString();
    }

    @Test
    void malformedTargetsOfTheNewKindsAreRefusedWithFileLineAndField() throws IOException {
        String f = tmp.resolve("small.targets.yaml") + ":4: targets[1].";
        assertTrue(refused("  - {name: x, kind: slope, column: firms, from: 1985, to: 1990, source: t}")
                .contains(f + "kind: expected one of yearly_change, mean, ratio, years_below, peak_year, negative_slope, below, above, got 'slope'"));
        assertTrue(refused("  - {name: x, kind: years_below, column: entries, from: 1985, to: 1990, observed: 1, tolerance: 0.1, source: t}")
                .contains(f + "against: expected a timeseries column to compare with, got nothing (the field is missing)"));
        assertTrue(refused("  - {name: x, kind: years_below, column: entries, against: closures, from: 1985, to: 1990, observed: 1, tolerance: 0.1, source: t}")
                .contains(f + "against: expected a timeseries column such as exits, got 'closures'"));
        assertTrue(refused("  - {name: x, kind: ratio, column: exits, from: 1986, to: 1987, months: [7, 6], observed: 1, tolerance: 0.1, source: t}")
                .contains(f + "months: expected months 1-12 with first <= last, got [7, 6]"));
        assertTrue(refused("  - {name: x, kind: ratio, column: exits, from: 1987, to: 1987, observed: 1, tolerance: 0.1, source: t}")
                .contains(f + "to: expected a year after from (1987) for a ratio, got 1987"));
        assertTrue(refused("  - {name: x, kind: mean, column: exits, from: 1986, to: 1987, months: [1, 6], observed: 1, tolerance: 0.1, source: t}")
                .contains(f + "months: expected no months for a mean target"));
        assertTrue(refused("  - {name: x, kind: negative_slope, column: tfp_proxy, against: establishments, from: 1985, to: 1990, tolerance: 0.1, source: t}")
                .contains(f + "tolerance: expected no tolerance: only the sign is a target, got 0.1"));
        assertTrue(refused("  - {name: x, kind: negative_slope, column: tfp_proxy, against: establishments, from: 1985, to: 1987, source: t}")
                .contains(f + "to: expected at least three years of growth after from (1985), got 1987"));
        assertTrue(refused("  - {name: x, kind: peak_year, column: firms, from: 1985, to: 1990, observed: 1997, tolerance: 1, source: t}")
                .contains(f + "observed: expected the year of the peak, from 1985 to 1990, got 1997"));
        assertTrue(refused("  - {name: x, kind: peak_year, column: firms, from: 1985, to: 1986, observed: 1985, tolerance: 1, source: t}")
                .contains(f + "to: expected at least two years after from (1985) for a peak to lie between, got 1986"));
        assertTrue(refused("  - {name: x, kind: ratio, column: exits, from: 1986, to: 1987, observed: 1, source: t}")
                .contains(f + "tolerance: expected a tolerance, got nothing (the field is missing)"));
    }
}
