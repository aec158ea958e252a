package machikoba.model;

import machikoba.model.life.ExitCause;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Firms close their years in their own months, so retirements and closures happen through the year. */
class FiscalYearTest {
    @Test
    void aFirmsOwnerAgesInItsOwnMonth() {
        District d = Fixtures.district(50, 1);
        Firm f = Fixtures.firm(d, 3, 10);
        Fixtures.link(d.assemblers().get(0), f, 1, 1);
        f.books().open(1000, 0); // it must live through the year
        int age = f.ownerAge();
        for (int m = 1; m <= 12; m++) {
            d.schedule.step(d);
            assertEquals(m >= f.fiscalMonth() ? age + 1 : age, f.ownerAge(), "month " + m + ", its year closes in " + f.fiscalMonth());
        }
    }

    @Test
    void theMonthsYearClosersAreTheLiveFirmsWhoseYearClosesInItInTheFirmsOrder() {
        District d = Fixtures.district(300, 2);
        for (int m = 1; m <= 24; m++) {
            d.schedule.step(d);
            List<Firm> expected = new ArrayList<>();
            for (Firm f : d.firms()) if (f.fiscalMonth() == d.month() && f.alive()) expected.add(f);
            assertEquals(expected, d.yearClosers(), "month " + m);
        }
    }

    @Test
    void exitsByRetirementHappenInEveryMonthNotOnlyInDecember() {
        // nobody takes over, and every owner retires within the first year
        District d = Fixtures.district(600, 3, "owners.successorChanceStart", "0", "owners.successorChanceEnd", "0",
                "owners.meanAge", "80", "owners.sdAge", "1", "owners.retirementAgeMean", "70", "owners.retirementAgeSd", "1");
        int[] byMonth = new int[13];
        for (int m = 1; m <= 12; m++) {
            d.schedule.step(d);
            for (Firm f : d.exitsThisMonth()) if (f.exitCause() == ExitCause.NO_SUCCESSOR) byMonth[m]++;
        }
        int total = 0;
        for (int m = 1; m <= 12; m++) {
            assertTrue(byMonth[m] > 0, "retirements in month " + m);
            total += byMonth[m];
        }
        assertTrue(byMonth[12] < total / 6, "December is an ordinary month: " + byMonth[12] + " of " + total);
    }
}
