package machikoba.model.life;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staffing with inertia: a part of the gap a year, hiring and shedding cost money, skills leave with people. */
class StaffingTest {
    private static final Scenario.Labour RULE = new Scenario.Labour(0.5, 0.2, 2, 6, 0.3, 0.148);

    @Test
    void aBusyFirmHiresAShareOfTheGapAndAnIdleOneShedsLess() {
        // 20 staff working at 100% when 85% is normal need 23.5: half the gap is 1.75
        assertEquals(2, Staffing.change(20, 1.0, 0.85, 0.95, 0.8, true, RULE));
        assertEquals(0, Staffing.change(20, 1.0, 0.85, 0.95, 0.8, false, RULE), "no hiring without cash for wages");
        // 20 staff at 50% need 11.8: a fifth of the gap of 8.2 is 1.6, one person
        assertEquals(-1, Staffing.change(20, 0.5, 0.85, 0.95, 0.8, true, RULE));
        assertEquals(0, Staffing.change(20, 0.9, 0.85, 0.95, 0.8, true, RULE), "between the thresholds nothing changes");
    }

    @Test
    void aSmallFirmKeepsItsStaffThroughASlackYear() {
        // 5 staff at 70% need 4.1: the gap is under one person's worth of a year's shedding
        assertEquals(0, Staffing.change(5, 0.7, 0.85, 0.95, 0.8, true, RULE));
        assertEquals(0, Staffing.change(1, 0.05, 0.85, 0.95, 0.8, true, RULE), "the owner stays");
    }

    @Test
    void establishmentsStayInTheirSizeClassThroughYearsOfSlack() {
        // five years at 65% load: the old rule (10% a year) took a firm of 35 out of 30-99 in two
        int n = 35, years = 0;
        while (years < 5) {
            n += Staffing.change(n, 0.65, 0.85, 0.95, 0.8, true, RULE);
            years++;
        }
        assertTrue(n >= 30, "still 30+ after five slack years: " + n);
        assertTrue(n < 35, "but it did shed: " + n);
    }

    @Test
    void sheddingPaysSeveranceAndLosesSkill() {
        District d = Fixtures.district(50, 1, "labour.shedSpeed", "1", "economy.productivityGrowth", "0");
        Firm f = Fixtures.firm(d, 3, 20);
        f.startSmoothing(0.425); // needed: 10 of 20
        f.books().open(100, 0);
        double pay = f.payMonthly(), productivity = f.productivity();
        Staffing.year(f, d);
        int shed = 20 - f.employees();
        assertTrue(shed > 0, "it shed staff");
        assertEquals(100 - shed * d.scenario().labour().severanceMonths() * pay, f.books().cash(), 1e-9, "severance paid from cash");
        assertTrue(f.productivity() < productivity, "skills left with the people");
    }

    @Test
    void aFirmThatCannotPaySeveranceKeepsItsStaff() {
        District d = Fixtures.district(50, 1, "labour.shedSpeed", "1", "economy.productivityGrowth", "0");
        Firm f = Fixtures.firm(d, 3, 20);
        f.startSmoothing(0.425);
        f.books().open(0, 0);
        Staffing.year(f, d);
        assertEquals(20, f.employees());
    }

    @Test
    void largerFirmsPayMore() {
        District d = Fixtures.district(50, 1);
        double small = (d.params().payFactor(6) + d.params().payFactor(7)) / 2;
        // ¥3.0M a year in firms of 4-9, ¥6.7M at 1,000+ (taken at 1,500) [U-2009]
        assertEquals(6.7 / 3.0, d.params().payFactor(1500) / small, 0.01);
        assertTrue(d.params().payFactor(50) > d.params().payFactor(10));
        Firm f = Fixtures.firm(d, 3, 50);
        assertEquals(50 * f.payMonthly(), f.wagesMonthly(), 1e-9);
    }
}
