package machikoba.model.engine;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.SupplyLink;
import machikoba.model.life.Population;
import machikoba.model.supply.IndependenceStance;
import machikoba.model.supply.Offshoring;
import machikoba.model.supply.SupplierSelection;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While the assemblers review one after another, the register's rooms and the rosters' volumes
 * are, to the bit, what looking into the firms and links gives — for the assembler just
 * reviewed and for those still to come; and a roster knows which firms supply its assembler.
 */
class SupplierIndexTest {
    @Test
    void roomsAndVolumesStayTheOnesInTheFirmsAndLinks() {
        District d = Fixtures.district(800, 11, "assemblers.count", "6");
        for (int m = 0; m < 14; m++) d.schedule.step(d); // past a year end, with exits and entries
        SupplierIndex register = SupplierIndex.read(d);
        RosterIndex[] rosters = RosterIndex.readAll(d);
        for (RosterIndex r : rosters) r.supplies(d.tier(2).get(0)); // known before the drops, it must follow them
        int looked = 0;
        for (int j = 0; j < d.assemblers().size(); j++) {
            Assembler a = d.assemblers().get(j);
            Offshoring.relocate(a, d, 0.0, 0.1, register, rosters[j]); // a tenth moves abroad
            SupplierSelection.review(a, d, register, rosters[j]);
            for (int k = 0; k < d.assemblers().size(); k++) {
                for (SupplyLink l : d.assemblers().get(k).supplierLinks()) {
                    if (l.isDead()) continue;
                    assertEquals(IndependenceStance.room(l.supplier(), l), register.room(l.supplier(), l), 0,
                            () -> "room of " + l.supplier() + " after assembler " + a.id() + "'s review");
                    looked++;
                }
            }
            RosterIndex r = rosters[j];
            SupplyLink[] inRoster = new SupplyLink[r.size()];
            for (int p = 0; p < r.size(); p++) {
                inRoster[p] = r.link(p);
                assertEquals(r.link(p).volume(), r.volume(p), 0);
            }
            // the links the review made for new suppliers follow the roster's in the list
            assertArrayEquals(inRoster, Arrays.copyOf(a.supplierLinks().toArray(new SupplyLink[0]), r.size()));
            // and the roster knows who supplies the assembler, as the firms' own links say
            for (int t = 2; t <= 3; t++) {
                for (Firm f : d.tier(t)) {
                    assertEquals(Population.isCustomer(f, a), r.supplies(f), () -> f + " supplies assembler " + a.id());
                }
            }
        }
        assertTrue(looked > 1000, "links looked at: " + looked);
    }
}
