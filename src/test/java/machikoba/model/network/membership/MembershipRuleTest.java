package machikoba.model.network.membership;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.life.Population;
import machikoba.model.network.HorizontalNetwork;
import machikoba.model.network.Membership;
import machikoba.model.network.NetworkFixtures;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who becomes a member: by address, the largest by sales, coordinator groups, a parent's suppliers of one trade. */
class MembershipRuleTest {
    @Test
    void locationListsTheDeclaredShareOfTheDistrict() {
        District d = Fixtures.district(400, 1);
        HorizontalNetwork n = NetworkFixtures.group(d, "government", "location");
        new LocationRule(300).found(n, d);
        assertEquals(300, MembershipRule.alive(n), 30);
    }

    @Test
    void topSalesTakesTheLargest() {
        District d = Fixtures.district(400, 1);
        HorizontalNetwork n = NetworkFixtures.group(d, "chamber", "topSales");
        new TopSalesRule(10).found(n, d);
        double smallestMember = n.members().stream().mapToDouble(m -> m.firm().salesEma()).min().orElseThrow();
        long larger = d.firms().stream().filter(f -> !n.has(f) && f.salesEma() > smallestMember).count();
        assertEquals(0, larger);
    }

    @Test
    void coordinatorsAreTier2AndTheirGroupsOfLowerTiers() {
        District d = Fixtures.district(800, 1);
        HorizontalNetwork n = NetworkFixtures.group(d, "firm", "coordinator");
        new CoordinatorRule(2, 30).found(n, d);
        assertEquals(2, n.coordinators().size());
        for (Firm c : n.coordinators()) assertEquals(2, c.tier());
        for (Membership m : n.members()) if (!m.coordinator()) assertTrue(m.firm().tier() > 2);
    }

    @Test
    void aParentsGroupGathersItsSuppliersOfOneTrade() {
        District d = Fixtures.district(800, 1);
        HorizontalNetwork n = NetworkFixtures.group(d, "parent", "parent");
        new ParentGroupRule(15).found(n, d);
        assertTrue(MembershipRule.alive(n) > 0);
        int skill = n.members().get(0).firm().skill();
        for (Membership m : n.members()) {
            assertEquals(skill, m.firm().skill());
            assertTrue(Population.isCustomer(m.firm(), n.parent()));
        }
    }

    @Test
    void meetingsSpreadOverTheYear() {
        District d = Fixtures.district(50, 1);
        for (int perYear : new int[] {1, 2, 4, 5, 12}) {
            HorizontalNetwork n = NetworkFixtures.network(99, "x", 1985, new machikoba.scenario.Scenario.Network("x", "firm", 1985, 1,
                    new machikoba.scenario.Scenario.Membership("likeMinded", 10, 1, 0), "self", 0, perYear, false));
            int meetings = 0;
            for (int m = 1; m <= 12; m++) if (NetworkFixtures.meetsIn(n, m)) meetings++;
            assertEquals(perYear, meetings);
        }
    }
}
