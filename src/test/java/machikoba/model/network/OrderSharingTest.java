package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Excess work goes to trusted, active partners with spare capacity, and not a unit more or less than is passed. */
class OrderSharingTest {
    @Test
    void volumeIsConservedAndLimitedBySpareCapacity() {
        District d = Fixtures.district(50, 1);
        HorizontalNetwork n = NetworkFixtures.group(d, "firm", "likeMinded");
        Firm busy = Fixtures.firm(d, 3, 10), p1 = Fixtures.firm(d, 3, 10), p2 = Fixtures.firm(d, 3, 10);
        p1.expectOrders(p1.capacity() - 2);   // 2 units spare
        p2.expectOrders(p2.capacity() - 5);   // 5 units spare
        NetworkFixtures.activePair(n, busy, p1, 0.8, 0.9, d);
        NetworkFixtures.activePair(n, busy, p2, 0.8, 0.9, d);
        double passed = OrderSharing.pass(busy, 4, d);
        assertEquals(4, passed, 1e-12);
        assertEquals(4, p1.networking().sharedIn() + p2.networking().sharedIn(), 1e-12, "what leaves one firm arrives at the others");
        assertEquals(3, OrderSharing.pass(busy, 10, d), 1e-12);
        assertEquals(7, p1.networking().sharedIn() + p2.networking().sharedIn(), 1e-12, "no more than the partners' spare capacity");
    }

    @Test
    void onlyToTrustedActivePartners() {
        District d = Fixtures.district(50, 1);
        HorizontalNetwork n = NetworkFixtures.group(d, "firm", "likeMinded");
        Firm busy = Fixtures.firm(d, 3, 10), distrusted = Fixtures.firm(d, 3, 10), inactive = Fixtures.firm(d, 3, 10);
        NetworkFixtures.activePair(n, busy, distrusted, 0.8, 0.05, d);
        NetworkFixtures.activePair(n, busy, inactive, 0.8, 0.9, d);
        NetworkFixtures.setEngaged(n.membershipOf(inactive), false);
        assertEquals(0, OrderSharing.pass(busy, 4, d), 0);
        assertEquals(0, distrusted.networking().sharedIn() + inactive.networking().sharedIn(), 0);
    }

    @Test
    void thePartnerDoesTheWorkAndIsPaidForIt() {
        District d = Fixtures.district(50, 1);
        Firm f = Fixtures.firm(d, 4, 10);
        NetworkFixtures.passIn(f, 3);
        f.produce(d);
        assertEquals(0, f.networking().sharedIn(), 0);
        assertEquals(3.0 * f.techLevel(), f.revenue(), 1e-9);
    }
}
