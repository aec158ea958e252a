package machikoba.model.life;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.ProductMarket;
import machikoba.model.SupplyLink;
import machikoba.model.supply.CustomerSearch;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Succession, innovation, closure and customer search: the rules behind each yearly decision (staffing: {@link StaffingTest}). */
class YearlyDecisionsTest {
    @Test
    void successorChanceMovesFromStartToEndOfThePeriod() {
        District d = Fixtures.district(50, 1, "owners.successorChanceStart", "0.7", "owners.successorChanceEnd", "0.3");
        assertEquals(0.70, Succession.successorChance(d.scenario(), 1985), 1e-12);
        assertEquals(0.30, Succession.successorChance(d.scenario(), 2007), 1e-12);
        assertEquals(0.50, Succession.successorChance(d.scenario(), 1996), 1e-12);
    }

    @Test
    void anOwnerWithNoSuccessorClosesTheFirm() {
        District d = Fixtures.district(50, 1, "owners.successorChanceStart", "0", "owners.successorChanceEnd", "0");
        Firm f = Fixtures.firm(d, 3, 10);
        f.newOwner(69, 70);
        assertEquals(ExitCause.NO_SUCCESSOR, Succession.year(f, d, new java.util.SplittableRandom(1)));
    }

    @Test
    void aSuccessorIsYoungerAndTheFirmGoesOn() {
        District d = Fixtures.district(50, 1, "owners.successorChanceStart", "1", "owners.successorChanceEnd", "1");
        Firm f = Fixtures.firm(d, 3, 10);
        f.newOwner(69, 70);
        assertEquals(null, Succession.year(f, d, new java.util.SplittableRandom(1)));
        assertTrue(f.ownerAge() < 50 && f.retirementAge() > f.ownerAge());
    }

    @Test
    void productsComeMoreOftenWithMoreRdAndLessOftenForLargerFirms() {
        assertEquals(0, Innovation.chance(0, 10, 10), 0);
        assertTrue(Innovation.chance(20, 10, 10) > Innovation.chance(10, 10, 10));
        assertTrue(Innovation.chance(20, 10, 100) < Innovation.chance(20, 10, 10));
    }

    @Test
    void aProductOpensOwnMarketSalesAndRaisesTechnology() {
        District d = Fixtures.district(50, 1);
        Firm f = Fixtures.firm(d, 3, 10);
        Innovation.launch(f, d);
        assertEquals(1, f.products());
        assertEquals(1.03, f.techLevel(), 1e-12);
        SupplyLink market = f.customers().get(f.customers().size() - 1);
        assertTrue(market.buyer() instanceof ProductMarket);
        assertEquals(d.scenario().economy().productMarketShare() * f.capacity(), market.volume(), 1e-9);
        Innovation.age(f, d);
        double life = d.scenario().economy().productLifeYears();
        assertEquals(d.scenario().economy().productMarketShare() * f.capacity() * (1 - 1 / life), market.volume(), 1e-9, "sales fade");
    }

    @Test
    void independentFirmsSearchEveryYearAndHarderPastTheirCap() {
        double base = CustomerSearch.chance(0.15, 0.2, 0.3, 0.9, false);
        assertEquals(0.15, base, 1e-12);
        assertTrue(CustomerSearch.chance(0.15, 0.5, 0.3, 0.9, false) > base);
    }

    @Test
    void firmsWithoutAStanceSearchOnlyWhenIdleOrOrphaned() {
        assertEquals(0, CustomerSearch.chance(0.15, 0.8, 1.0, 0.9, false), 0);
        assertTrue(CustomerSearch.chance(0.15, 0.8, 1.0, 0.4, false) > 0);
        assertTrue(CustomerSearch.chance(0.15, 0.8, 1.0, 0.9, true) > 0);
    }

    @Test
    void aNewBuyerMovesVolumeFromItsOtherSuppliers() {
        District d = Fixtures.district(50, 1);
        Assembler a = new Assembler(90);
        Firm old = Fixtures.firm(d, 2, 10);
        Firm newcomer = Fixtures.firm(d, 2, 10);
        Fixtures.link(a, old, 10, 10);
        CustomerSearch.win(newcomer, a, 2, d);
        double total = a.supplierLinks().stream().mapToDouble(SupplyLink::volume).sum();
        assertEquals(10, total, 1e-9, "the assembler's total does not grow because it found a supplier");
        assertEquals(2, newcomer.customers().get(0).volume(), 1e-9);
    }

    @Test
    void yearsOfLossesEndAFirm() {
        District d = Fixtures.district(50, 1);
        Firm f = Fixtures.firm(d, 3, 10);
        int years = (int) Math.ceil(d.scenario().owners().closeAfterLossYears());
        for (int y = 1; y < years; y++) {
            f.work(d); // a month without customers: wages and nothing earned
            assertEquals(null, Closure.year(f, d), "still in after " + y + " years of losses");
        }
        f.work(d);
        assertEquals(ExitCause.OTHER, Closure.year(f, d));
    }
}
