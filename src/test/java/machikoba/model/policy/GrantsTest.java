package machikoba.model.policy;

import ec.util.MersenneTwisterFast;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.network.Brokerage;
import machikoba.model.network.HorizontalNetwork;
import machikoba.model.network.Membership;
import machikoba.model.network.NetworkFixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Grants go to active members of the networks of their target kind, and a project runs by the
 * networks' rule: a lead with trusted active partners forms a team whose cost the grant pays; a
 * lead without any uses no grant [CT-2003, IA-2001].
 */
class GrantsTest {

    @Test
    void grantsForFirmGroupsGoOnlyToFirmFoundedNetworksAndFromAboveOnlyToThose() {
        District d = Fixtures.district(300, 1, "policy.grants.projectsPerYear", "5");
        HorizontalNetwork group = NetworkFixtures.group(d, "firm", "likeMinded");
        NetworkFixtures.activePair(group, d.tier(3).get(0), d.tier(3).get(1), 0.9, 0.9, d);
        for (Membership m : new Grants(d.scenario().policy().grants(), new MersenneTwisterFast(1)).candidates(d)) {
            assertTrue(Brokerage.firmFounded(m.network()), m.network().getName());
        }
        District e = Fixtures.district(300, 1, "policy.grants.projectsPerYear", "5", "policy.grants.target", "topDown");
        for (Membership m : new Grants(e.scenario().policy().grants(), new MersenneTwisterFast(1)).candidates(e)) {
            assertTrue(Brokerage.foundedFromAbove(m.network()), m.network().getName());
        }
    }

    @Test
    void aGrantPaysTheTeamsCostAndOnlyATeamWithTrustedPartnersUsesOne() {
        District d = Fixtures.district(300, 1, "policy.grants.projectsPerYear", "1", "policy.grants.startYear", "1985",
                "policy.grants.amount", "1.0");
        Firm a = d.tier(3).get(0), b = d.tier(3).get(1), lone = d.tier(3).get(2);
        HorizontalNetwork g = NetworkFixtures.group(d, "firm", "likeMinded");
        NetworkFixtures.activePair(g, a, b, 0.9, 0.9, d);
        double cashA = a.books().cash(), cashB = b.books().cash();
        assertTrue(machikoba.model.network.JointDevelopment.granted(g.membershipOf(a), 1.0, d), "a team formed");
        assertEquals(cashA, a.books().cash(), 1e-12, "the grant paid the lead's share");
        assertEquals(cashB, b.books().cash(), 1e-12, "and the partner's");
        Membership alone = g.join(lone, d);
        NetworkFixtures.engage(alone, 0.9, true);
        assertTrue(!machikoba.model.network.JointDevelopment.granted(alone, 1.0, d), "no trusted partner: no team, no grant");
    }
}
