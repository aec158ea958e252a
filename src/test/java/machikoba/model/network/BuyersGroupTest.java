package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Buying together lowers materials costs for active members, more with more buyers, up to a limit. */
class BuyersGroupTest {
    @Test
    void discountGrowsWithBuyersAndSaturates() {
        assertEquals(0, BuyersGroup.discount(0.05, 50, 0), 0);
        assertTrue(BuyersGroup.discount(0.05, 50, 100) > BuyersGroup.discount(0.05, 50, 10));
        assertTrue(BuyersGroup.discount(0.05, 50, 100000) <= 0.05);
    }

    @Test
    void activeMembersPayLessForMaterials() {
        District d = Fixtures.district(50, 1);
        Firm f = Fixtures.firm(d, 4, 10), g = Fixtures.firm(d, 4, 10);
        for (Firm x : new Firm[] {f, g}) Fixtures.link(d.tier(3).get(0), x, 5, 5).addOrder(5); // a new link has no order yet
        HorizontalNetwork n = NetworkFixtures.group(d, "firm", "likeMinded");
        NetworkFixtures.setEngaged(n.join(f, d), true);
        BuyersGroup.meet(n, 60, d);
        f.produce(d);
        g.produce(d);
        assertTrue(BuyersGroup.of(f) > 0);
        assertTrue(f.valueAdded() > g.valueAdded(), "same work, cheaper materials");
    }
}
