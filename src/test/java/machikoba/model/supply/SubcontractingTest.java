package machikoba.model.supply;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.SupplyLink;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubcontractingTest {
    @Test
    void excessGoesToSubcontractorsWithRoomAndVolumeIsConserved() {
        District d = Fixtures.district(50, 1);
        Firm buyer = Fixtures.firm(d, 3, 20);
        Firm busy = Fixtures.firm(d, 4, 5);
        Firm idle = Fixtures.firm(d, 4, 5);
        busy.expectOrders(busy.capacity());            // no room
        idle.expectOrders(idle.capacity() * 0.5);      // half its capacity free
        SupplyLink a = Fixtures.link(buyer, busy, 1, 1);
        SupplyLink b = Fixtures.link(buyer, idle, 1, 1);
        a.cancelOrder();
        b.cancelOrder();
        double room = idle.capacity() * 0.5;
        double passed = Subcontracting.passExcess(room / 2, List.of(a, b));
        assertEquals(room / 2, passed, 1e-9);
        assertEquals(0, a.order(), 1e-12);
        assertEquals(room / 2, b.order(), 1e-9);
    }

    @Test
    void whatNoSubcontractorCanTakeIsNotPassed() {
        District d = Fixtures.district(50, 1);
        Firm buyer = Fixtures.firm(d, 3, 20);
        Firm idle = Fixtures.firm(d, 4, 5);
        idle.expectOrders(0);
        SupplyLink l = Fixtures.link(buyer, idle, 1, 1);
        l.cancelOrder();
        assertEquals(idle.capacity(), Subcontracting.passExcess(10 * idle.capacity(), List.of(l)), 1e-9);
        assertEquals(idle.capacity(), l.order(), 1e-9);
    }
}
