package machikoba.model.finance;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.life.ExitCause;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BankTest {
    private Firm shortOfCash(District d, double netWorthRatio) {
        Firm f = Fixtures.firm(d, 3, 10);
        f.setSalesEma(10);
        f.setProfitEma(0.5);
        f.books().issue(30, 2);
        // net worth = cash + notes - debt, cash -10
        f.books().open(-10, 30 + 10 - netWorthRatio * 120);
        return f;
    }

    @Test
    void aSoundFirmDiscountsNotesAtACostAndStaysIn() {
        District d = Fixtures.district(50, 1);
        Firm f = shortOfCash(d, 0.2);
        d.bank().cover(f, d);
        assertTrue(f.alive());
        assertTrue(f.cashStress());
        assertTrue(f.books().outstanding() < 30 - 10, "more face value went than the cash raised: discounting costs");
        assertEquals(0, f.books().cash(), 1e-9);
    }

    @Test
    void aWeakFirmInATightYearIsRefusedAndFails() {
        District d = Fixtures.district(50, 1);
        d.setCreditTightnessShift(0.9);
        Firm f = shortOfCash(d, -0.3);
        assertTrue(d.bank().weak(f, d.creditTightness()));
        d.bank().cover(f, d);
        assertFalse(f.alive());
        assertEquals(ExitCause.INSOLVENCY, f.exitCause());
    }

    @Test
    void theSameWeakFirmSurvivesInAnEasyYear() {
        District d = Fixtures.district(50, 1);
        d.setCreditTightnessShift(-1);
        Firm f = shortOfCash(d, -0.1);
        d.bank().cover(f, d);
        assertNull(f.exitCause());
    }

    @Test
    void aFirmThatLostItsParentAndFailsIsCountedAsLostParent() {
        District d = Fixtures.district(50, 1);
        d.setCreditTightnessShift(0.9);
        Firm f = shortOfCash(d, -0.3);
        f.lostParent(d.step());
        d.bank().cover(f, d);
        assertEquals(ExitCause.LOST_PARENT, f.exitCause());
    }
}
