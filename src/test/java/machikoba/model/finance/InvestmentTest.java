package machikoba.model.finance;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Machinery: it wears out, is bought from cash or the bank, raises output per worker; a firm that only services old debt cannot buy it. */
class InvestmentTest {
    private static Firm firm(District d, double cash, double debt) {
        Firm f = Fixtures.firm(d, 3, 10);
        Fixtures.link(d.assemblers().get(0), f, 1, 10);
        f.setSalesEma(10);
        f.setProfitEma(1);
        f.books().open(cash, debt);
        return f;
    }

    @Test
    void aFirmWantsToReplaceWearEquipNewStaffAndBuyMoreUnderCuts() {
        assertEquals(3, Investment.wanted(30, 30, 0.1, 0, 120, 2), 1e-12, "the year's wear");
        assertEquals(3 + 2 * 0.01 * 120, Investment.wanted(30, 30, 0.1, 0.01, 120, 2), 1e-12, "and more under cuts");
        assertEquals(13, Investment.wanted(40, 30, 0.1, 0, 120, 2), 1e-12, "machines for new staff");
        assertEquals(0, Investment.wanted(20, 30, 0.1, 0, 120, 2), 0, "a firm that shed staff has machines to spare");
    }

    @Test
    void largerFirmsKeepMoreMachineryPerWorkerSoOutputPerWorkerKeepsPaceWithPay() {
        District d = Fixtures.district(50, 1);
        Firm small = Fixtures.firm(d, 3, 6), large = Fixtures.firm(d, 3, 200);
        double perWorkerSmall = small.capacity() / 6, perWorkerLarge = large.capacity() / 200;
        assertEquals(large.payFactor() / small.payFactor(), perWorkerLarge / perWorkerSmall, 1e-9);
        assertEquals(small.costPerUnit(), large.costPerUnit(), 1e-9, "the same labour cost per unit");
    }

    @Test
    void machineryPerWorkerRaisesOutputPerWorker() {
        District d = Fixtures.district(50, 1);
        Firm f = Fixtures.firm(d, 3, 10);
        double capacity = f.capacity();
        assertEquals(f.equipmentWanted(), f.machinery(), 1e-9, "a new firm has the machinery its staff needs");
        f.invest(f.machinery()); // twice the machinery per worker
        assertEquals(capacity * Math.pow(2, d.scenario().rationalisation().capitalElasticity()), f.capacity(), 1e-9);
        f.depreciate(0.5);
        assertEquals(capacity, f.capacity(), 1e-9, "and wear takes it back");
    }

    @Test
    void aFirmWithRoomAtTheBankInvestsUnderCuts() {
        District d = Fixtures.district(50, 1, "economy.cashReserveMonths", "0");
        Firm f = firm(d, 0, 0);
        double before = f.machinery();
        double bought = Investment.year(f, d, 0.02);
        double dep = d.scenario().rationalisation().depreciation();
        assertEquals(Investment.wanted(before, before, dep, 0.02, 120, d.scenario().rationalisation().investment()), bought, 1e-9);
        assertEquals(before * (1 - dep) + bought, f.machinery(), 1e-9);
        assertEquals(bought, f.books().debt(), 1e-9, "borrowed: it had no cash above its reserve");
        assertEquals(0, f.books().cash(), 1e-9);
    }

    @Test
    void aFirmThatOnlyServicesOldDebtCannotInvest() {
        District d = Fixtures.district(50, 1, "economy.cashReserveMonths", "0");
        double line = d.scenario().bank().creditLineMonths() * 10;
        Firm f = firm(d, 0, line); // its credit line is used up
        double before = f.machinery();
        assertEquals(0, Investment.year(f, d, 0.02), 0);
        assertTrue(f.machinery() < before, "its machines wear out unreplaced");
    }

    @Test
    void cashAboveTheReserveComesFirst() {
        District d = Fixtures.district(50, 1, "economy.cashReserveMonths", "0");
        Firm f = firm(d, 1000, 0);
        double bought = Investment.year(f, d, 0.02);
        assertTrue(bought > 0);
        assertEquals(0, f.books().debt(), 0, "no loan when cash covers it");
        assertEquals(1000 - bought, f.books().cash(), 1e-9);
    }
}
