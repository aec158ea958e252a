package machikoba.model.supply;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.SupplyLink;
import machikoba.model.engine.RosterIndex;
import machikoba.model.engine.SupplierIndex;

import machikoba.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SupplierSelectionTest {
    private final Scenario.Procurement w = new Scenario.Procurement(0.5, 0.3, 0.2);

    @Test
    void cheaperBetterAndPunctualSuppliersScoreHigher() {
        double base = SupplierSelection.score(w, 1.0, 1.0, 1.0);
        assertTrue(SupplierSelection.score(w, 0.9, 1.0, 1.0) > base);
        assertTrue(SupplierSelection.score(w, 1.0, 1.2, 1.0) > base);
        assertTrue(SupplierSelection.score(w, 1.0, 1.0, 0.7) < base);
    }

    @Test
    void placingVolumeRespectsCapacityAndStance() {
        District d = Fixtures.district(50, 1);
        Assembler a = new Assembler(90);
        Firm open = Fixtures.firm(d, 2, 100);
        Firm capped = Fixtures.firm(d, 2, 100);
        capped.describe(capped.unitCost(), capped.learningRate(), 0.4, capped.doesRd());
        SupplyLink lo = Fixtures.link(a, open, 10, 10);
        SupplyLink lc = Fixtures.link(a, capped, 10, 10);
        Fixtures.link(new Assembler(91), capped, 20, 20);
        RosterIndex roster = RosterIndex.read(a);
        int[] cappedFirst = {roster.position(lc), roster.position(lo)};
        double left = SupplierSelection.place(roster, cappedFirst, 0, 2, 1e6, SupplierIndex.read(d));
        assertEquals(0.4, lc.volume() / (lc.volume() + 20), 1e-9, "the capped firm stops at 40%");
        assertEquals(0.95 * open.capacity(), lo.volume(), 1e-9, "the open firm fills its plant");
        assertTrue(left > 0);
    }

    @Test
    void theYearlyReviewMovesVolumeTowardTheBestSuppliers() {
        District d = Fixtures.district(400, 5, "assemblers.turnover", "0", "firms.independence.share", "0");
        Assembler a = d.assemblers().get(0);
        Scenario.Procurement p = d.scenario().assemblers().procurement();
        a.supplierLinks().sort(java.util.Comparator.comparingDouble((SupplyLink l) -> SupplierSelection.score(p, l.supplier())));
        SupplyLink worst = a.supplierLinks().get(0), best = a.supplierLinks().get(a.supplierLinks().size() - 1);
        // give the best room to grow so that the shift is not blocked by capacity: staff, and machines for them
        Firm b = best.supplier();
        b.setEmployees(b.employees() * 10);
        b.invest(b.equipmentWanted() - b.machinery());
        double worstBefore = worst.volume(), bestBefore = best.volume();
        SupplierSelection.review(a, d);
        assertTrue(worst.volume() < worstBefore, "the weakest supplier loses volume");
        assertTrue(best.volume() > bestBefore, "the best supplier gains volume");
    }
}
