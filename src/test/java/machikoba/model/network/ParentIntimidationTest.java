package machikoba.model.network;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.SupplyLink;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An assembler cuts deeper the prices of suppliers that network with its rivals' suppliers; the threat weighs by leverage. */
class ParentIntimidationTest {
    @Test
    void networkingWithARivalsSupplierIsPunished() {
        District d = Fixtures.district(50, 1);
        Assembler parent = d.assemblers().get(0), rival = d.assemblers().get(1);
        Firm f = Fixtures.firm(d, 3, 10), friend = Fixtures.firm(d, 3, 10), sibling = Fixtures.firm(d, 3, 10);
        SupplyLink l = Fixtures.link(parent, f, 1, 8);
        Fixtures.link(parent, sibling, 1, 8);
        Fixtures.link(rival, friend, 1, 8);
        HorizontalNetwork n = NetworkFixtures.group(d, "firm", "likeMinded");
        NetworkFixtures.activePair(n, f, sibling, 0.8, 0.8, d);
        assertEquals(1, ParentIntimidation.rateFactor(l, parent, d), 0, "ties within its own group are fine");
        NetworkFixtures.activePair(n, f, friend, 0.8, 0.8, d);
        double strength = d.scenario().networkBehaviour().intimidation().strength();
        assertEquals(1 + strength, ParentIntimidation.rateFactor(l, parent, d), 1e-12);
        assertEquals(d.step(), f.networking().punishedStep());
    }

    @Test
    void pressureWeighsByLeverageAndIsFeltFullyOncePunished() {
        District d = Fixtures.district(50, 1);
        Firm dependent = Fixtures.firm(d, 3, 10), balanced = Fixtures.firm(d, 3, 10);
        Fixtures.link(d.assemblers().get(0), dependent, 1, 9);
        Fixtures.link(d.assemblers().get(1), dependent, 1, 1);
        Fixtures.link(d.assemblers().get(0), balanced, 1, 3);
        Fixtures.link(d.assemblers().get(1), balanced, 1, 3);
        Fixtures.link(d.assemblers().get(2), balanced, 1, 4);
        double pd = ParentIntimidation.pressure(dependent, d), pb = ParentIntimidation.pressure(balanced, d);
        assertTrue(pd > pb);
        NetworkFixtures.punish(dependent, d.step());
        assertTrue(ParentIntimidation.pressure(dependent, d) > pd);
    }
}
