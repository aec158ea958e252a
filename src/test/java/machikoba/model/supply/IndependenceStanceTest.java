package machikoba.model.supply;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.SupplyLink;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndependenceStanceTest {
    @Test
    void shareRoomKeepsTheBuyerAtTheCap() {
        double x = IndependenceStance.shareRoom(0.4, 20, 100);
        assertEquals(0.4, (20 + x) / (100 + x), 1e-12);
        assertEquals(0, IndependenceStance.shareRoom(0.15, 50, 100), 0, "already past the cap: no more");
        assertTrue(Double.isInfinite(IndependenceStance.shareRoom(1.0, 50, 100)), "no stance, no cap");
    }

    @Test
    void aFirmWithAStanceRefusesVolumeThatWouldMakeABuyerItsParent() {
        District d = Fixtures.district(50, 1);
        Firm f = Fixtures.firm(d, 2, 100);
        f.describe(f.unitCost(), f.learningRate(), 0.3, f.doesRd());
        SupplyLink big = Fixtures.link(new Assembler(90), f, 30, 30);
        Fixtures.link(new Assembler(91), f, 70, 70);
        assertEquals(IndependenceStance.shareRoom(0.3, 30, 100), IndependenceStance.room(f, big), 1e-9);
        f.describe(f.unitCost(), f.learningRate(), 1.0, f.doesRd());
        assertEquals(0.95 * f.capacity() - 100, IndependenceStance.room(f, big), 1e-9, "without a stance only capacity limits");
    }
}
