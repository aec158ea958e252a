package machikoba.observe;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The census-like columns [U-2009] counted from the firms themselves: 4+ employees, size classes, constant prices. */
class CensusObservationTest {
    private static District ota(Map<String, String> set, int untilYear) {
        District d = new District(11, ScenarioLoader.load(Path.of("scenarios/ota.yaml"), set));
        d.start();
        while (d.year() < untilYear) d.schedule.step(d);
        return d;
    }

    private static double[] tally(District d) {
        return Metric.row(MonthTally.of(d, new MonthTally.Readings()));
    }

    @Test
    void aFirmOfThreeEmployeesIsNoEstablishmentAndOneOfFourIs() {
        District d = ota(Map.of("firms.count", "300"), 1988);
        List<Firm> alive = d.firms().stream().filter(Firm::alive).toList();
        Firm f = alive.get(0);
        f.setEmployees(3);
        double[] three = tally(d);
        f.setEmployees(4);
        double[] four = tally(d);
        assertEquals(Metric.ESTABLISHMENTS.of(three) + 1, Metric.ESTABLISHMENTS.of(four));
        assertEquals(Metric.ESTABLISHMENTS_4_29.of(three) + 1, Metric.ESTABLISHMENTS_4_29.of(four));
        assertEquals(Metric.ESTABLISHMENT_EMPLOYEES.of(three) + 4, Metric.ESTABLISHMENT_EMPLOYEES.of(four));
        assertEquals(Metric.FIRMS.of(three), Metric.FIRMS.of(four), "all firms are counted either way");
        assertEquals(Metric.EMPLOYEES.of(three) + 1, Metric.EMPLOYEES.of(four));
    }

    @Test
    void classesAndTotalsAgreeWithTheFirms() {
        District d = ota(Map.of("firms.count", "400"), 1992);
        List<Firm> alive = d.firms().stream().filter(Firm::alive).toList();
        alive.get(1).setEmployees(350); // at least one 300+ establishment
        alive.get(2).setEmployees(2);
        double[] row = tally(d);
        int est = 0, big = 0, old = 0;
        long emp = 0, emp300 = 0;
        double va = 0, va30 = 0, vaSme = 0, profit = 0, operatingSme = 0;
        for (Firm f : alive) {
            int e = f.employees();
            if (f.ownerAge() >= 60) old++;
            if (e < 4) continue;
            est++;
            emp += e;
            va += f.valueAdded();
            profit += Double.isNaN(f.profitEma()) ? 0 : f.profitEma();
            if (e >= 300) { big++; emp300 += e; } else { vaSme += f.valueAdded(); operatingSme += f.operatingProfit(); }
            if (e >= 30 && e < 100) va30 += f.valueAdded();
        }
        double prices = d.scenario().macroFor((int) Metric.YEAR.of(row)).prices();
        assertEquals(est, (int) Metric.ESTABLISHMENTS.of(row));
        assertEquals(est, (int) (Metric.ESTABLISHMENTS_4_29.of(row) + Metric.ESTABLISHMENTS_30_99.of(row)
                + Metric.ESTABLISHMENTS_100_299.of(row) + Metric.ESTABLISHMENTS_300_PLUS.of(row)));
        assertTrue(big >= 1, "the firm made 300+ is one");
        assertEquals(big, (int) Metric.ESTABLISHMENTS_300_PLUS.of(row));
        assertEquals(emp, (long) Metric.ESTABLISHMENT_EMPLOYEES.of(row));
        assertEquals(emp300, (long) Metric.ESTABLISHMENT_EMPLOYEES_300_PLUS.of(row));
        // the small and medium establishments, what the national targets compare with the census's whole
        assertEquals(est - big, (int) Metric.ESTABLISHMENTS_4_299.of(row));
        assertEquals(emp - emp300, (long) Metric.ESTABLISHMENT_EMPLOYEES_4_299.of(row));
        assertEquals(vaSme / prices, Metric.ESTABLISHMENT_VALUE_ADDED_REAL_4_299.of(row), 1e-9 * Math.abs(vaSme));
        assertEquals(va, Metric.ESTABLISHMENT_VALUE_ADDED.of(row), 1e-9 * Math.abs(va));
        assertEquals(va30 / prices, Metric.ESTABLISHMENT_VALUE_ADDED_REAL_30_99.of(row), 1e-9 * Math.abs(va30));
        assertEquals((double) old / alive.size(), Metric.OWNERS_60_PLUS_SHARE.of(row), 1e-12);
        assertEquals(profit * 12 / est, Metric.OPERATING_PROFIT_PER_ESTABLISHMENT.of(row), 1e-9 * Math.abs(profit * 12 / est));
        assertEquals(va / prices / emp, Metric.TFP_PROXY.of(row), 1e-12 * va / emp);
        // the census's figure: the month's operating profit of the small and medium establishments, a year's worth
        double perSme = operatingSme * 12 / (est - big);
        assertEquals(perSme, Metric.OPERATING_PROFIT_PER_ESTABLISHMENT_4_299.of(row), 1e-9 * Math.abs(perSme));
        assertTrue(alive.get(1).operatingProfit() != 0, "the 300+ firm has a month's profit, so counting it would show");
        assertTrue(va > 0 && old > 0, "a district of 1992 has value added and old owners");
    }

    /** Real value added is nominal over the year's price level of the macro path: halve the level, double the real figure. */
    @Test
    void deflationDividesByThePriceLevelOfTheYear() {
        District plain = ota(Map.of("firms.count", "200"), 1990);
        double[] a = tally(plain);
        assertEquals(1990, (int) Metric.YEAR.of(a));
        assertEquals(plain.scenario().macroFor(1990).prices(), Metric.PRICE_LEVEL.of(a));
        assertEquals(Metric.ESTABLISHMENT_VALUE_ADDED.of(a) / Metric.PRICE_LEVEL.of(a), Metric.ESTABLISHMENT_VALUE_ADDED_REAL.of(a), 1e-9);
        // the price level is read by the observer only: the same seed with another level makes the same nominal district
        District cheap = ota(Map.of("firms.count", "200", "macro[5].prices", "0.5"), 1990);
        double[] b = tally(cheap);
        assertEquals(0.5, Metric.PRICE_LEVEL.of(b));
        assertEquals(Metric.ESTABLISHMENT_VALUE_ADDED.of(a), Metric.ESTABLISHMENT_VALUE_ADDED.of(b));
        assertEquals(Metric.ESTABLISHMENT_VALUE_ADDED.of(b) * 2, Metric.ESTABLISHMENT_VALUE_ADDED_REAL.of(b), 1e-9);
        assertTrue(Metric.ESTABLISHMENT_VALUE_ADDED.of(b) > 0);
    }
}
