package machikoba.model.supply;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.SupplyLink;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OffshoringTest {
    @Test
    void theMovedFractionIsTheRiseOverWhatWasStillAtHome() {
        assertEquals(0.1 / 0.9, Offshoring.fractionMoved(0.1, 0.2), 1e-12);
        assertEquals(0, Offshoring.fractionMoved(0.2, 0.1), 0, "coming home is not modelled as relocation");
    }

    @Test
    void relocationDropsWholeSuppliersWeakestFirstAndTheyLoseTheirParent() {
        District d = Fixtures.district(50, 1);
        Assembler a = new Assembler(90);
        Firm weak = Fixtures.firm(d, 2, 10);
        weak.describe(1.5, weak.learningRate(), weak.maxTopShare(), weak.doesRd());
        Firm strong = Fixtures.firm(d, 2, 10);
        SupplyLink lw = Fixtures.link(a, weak, 10, 10);    // weak depends on a entirely
        SupplyLink ls = Fixtures.link(a, strong, 30, 30);
        a.setBaseDemand(40);
        Offshoring.relocate(a, d, 0.0, 0.25);              // 10 of 40 units leave
        assertTrue(lw.isDead(), "the weakest supplier's whole relationship went abroad");
        assertEquals(30, ls.volume(), 1e-9);
        assertEquals(30, a.baseDemand(), 1e-9);
        assertTrue(weak.lostParentRecently(d.step()));
    }
}
