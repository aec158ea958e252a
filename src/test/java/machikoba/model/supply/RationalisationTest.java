package machikoba.model.supply;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.SupplyLink;
import machikoba.model.engine.SupplierIndex;
import machikoba.scenario.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a supplier meets price targets: effort against the year's cuts, a parent's guidance, and what its buyer sees. */
class RationalisationTest {
    private static final Scenario.Rationalisation RULE = new Scenario.Rationalisation(0.5, 0.02, 1.0, 0.05, 3, 0.1, 0.3, 2);

    @Test
    void effortTakesAShareOfTheCutsOffUnitCostUpToACap() {
        assertEquals(0.005, Rationalisation.effortCut(0.01, false, RULE), 1e-12);
        assertEquals(0.010, Rationalisation.effortCut(0.01, true, RULE), 1e-12, "a guiding parent doubles it");
        assertEquals(0.02, Rationalisation.effortCut(0.2, true, RULE), 1e-12, "effort is cheap but limited");
        assertEquals(0, Rationalisation.effortCut(0, true, RULE), 0, "no cuts, no pressure");
    }

    @Test
    void aFirmUnderCutsLowersItsCostAndRanksHigherWithItsBuyer() {
        District d = Fixtures.district(50, 1);
        Assembler a = d.assemblers().get(0);
        Firm cut = Fixtures.firm(d, 3, 10), spared = Fixtures.firm(d, 3, 10);
        Fixtures.link(a, cut, 1, 1);
        Fixtures.link(a, spared, 1, 1);
        cut.sufferCut(0.02);
        Rationalisation.year(cut, d);
        Rationalisation.year(spared, d);
        assertTrue(cut.unitCost() < spared.unitCost(), "effort lowered unit cost: " + cut.unitCost());
        assertTrue(cut.costPerUnit() < spared.costPerUnit());
        Scenario.Procurement w = d.scenario().assemblers().procurement();
        assertTrue(SupplierSelection.score(w, cut) > SupplierSelection.score(w, spared), "the buyer ranks the rationalised firm higher");
        assertEquals(0, cut.pressureYear(), 0, "the year's tally starts again");
    }

    @Test
    void aParentGuidesItsDependentSupplierAndTiesItCloser() {
        District d = Fixtures.district(50, 1);
        Assembler a = d.assemblers().get(0);
        Firm dependent = Fixtures.firm(d, 3, 10), balanced = Fixtures.firm(d, 3, 10);
        SupplyLink parent = Fixtures.link(a, dependent, 1, 9);
        Fixtures.link(d.assemblers().get(1), dependent, 1, 1);
        Fixtures.link(a, balanced, 1, 3);
        Fixtures.link(d.assemblers().get(1), balanced, 1, 3);
        Fixtures.link(d.assemblers().get(2), balanced, 1, 3);
        assertNotNull(Rationalisation.guidingParent(dependent));
        assertNull(Rationalisation.guidingParent(balanced), "no buyer takes half its sales");
        dependent.sufferCut(0.01);
        balanced.sufferCut(0.01);
        Rationalisation.year(dependent, d);
        Rationalisation.year(balanced, d);
        assertTrue(dependent.unitCost() < balanced.unitCost(), "guidance makes the same effort go further");
        assertTrue(parent.closeness() > 0, "relation-specific skill");
        SupplierIndex register = SupplierIndex.read(d);
        assertTrue(register.score(dependent.id(), parent) > register.score(dependent), "which the parent values when it reviews");
    }

    @Test
    void aFirmWithoutCutsDoesNotRationalise() {
        District d = Fixtures.district(50, 1);
        Firm f = Fixtures.firm(d, 3, 10);
        Fixtures.link(d.assemblers().get(0), f, 1, 1);
        double before = f.unitCost();
        Rationalisation.year(f, d);
        assertEquals(before, f.unitCost(), 0);
    }
}
