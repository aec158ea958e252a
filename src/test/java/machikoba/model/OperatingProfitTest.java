package machikoba.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The census's operating profit is before interest [U-2009]: the month's figure adds back what the debt cost. */
class OperatingProfitTest {
    @Test
    void theMonthsOperatingProfitIsItsProfitBeforeInterest() {
        District d = Fixtures.district(50, 1);
        Firm f = Fixtures.firm(d, 3, 10);
        Fixtures.link(d.assemblers().get(0), f, 1, 1);
        f.books().open(0, 50);
        double interest = 50 * d.params().loanRateMonthly();
        assertTrue(interest > 0);
        assertEquals(0, f.operatingProfit(), 0, "no month yet, no figure");
        Production.month(f, d);
        // a firm's first month sets its smoothed profit to the month's
        assertEquals(f.profitEma() + interest, f.operatingProfit(), 1e-9 * Math.max(1, Math.abs(f.operatingProfit())));
    }
}
