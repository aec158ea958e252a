package machikoba.model.network;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.life.Population;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Partners refer clients with a chance that grows with trust and their engagement; competitors and parent groups refer nobody. */
class ClientReferralTest {
    @Test
    void chanceGrowsWithTrustAndEngagement() {
        assertTrue(ClientReferral.chance(0.3, 0.9, 0.8) > ClientReferral.chance(0.3, 0.3, 0.8));
        assertTrue(ClientReferral.chance(0.3, 0.9, 0.8) > ClientReferral.chance(0.3, 0.9, 0.2));
        assertEquals(0, ClientReferral.chance(0.3, 0, 0.8), 0);
    }

    @Test
    void aTrustedPartnerIntroducesOneOfItsBuyers() {
        District d = Fixtures.district(50, 1, "networkBehaviour.activities.referralRate", "1");
        HorizontalNetwork n = NetworkFixtures.group(d, "firm", "likeMinded");
        Firm f = d.newFirm(3, 0), p = d.newFirm(3, 1);
        for (Firm x : new Firm[] {f, p}) {
            x.setEmployees(10); // capacity 10 * outputPerWorkerMonthly at productivity 1
            x.setTechLevel(1);
            x.describe(1, 0, 1, false); // unit cost 1, top share up to 1; learning rate and R&D as a new firm has them
            x.equipForStaff();
        }
        Assembler own = d.assemblers().get(0), theirs = d.assemblers().get(1);
        Fixtures.link(own, f, 1, 1);
        Fixtures.link(theirs, p, 1, 1);
        NetworkFixtures.activePair(n, f, p, 1.0, 1.0, d);
        ClientReferral.seek(f, d);
        assertTrue(Population.isCustomer(f, theirs), "won the partner's buyer");
        assertEquals(1, d.networkEventsThisMonth().stream().filter(e -> e.kind() == NetworkEvent.Kind.REFERRAL).count());
    }

    @Test
    void aCompetitorOrAFellowSupplierOfTheSameParentHasNobodyToIntroduce() {
        District d = Fixtures.district(50, 1);
        Firm f = Fixtures.firm(d, 3, 10), sameParent = Fixtures.firm(d, 3, 10);
        Assembler parent = d.assemblers().get(0);
        Fixtures.link(parent, f, 1, 1);
        Fixtures.link(parent, sameParent, 1, 1);
        assertNull(ClientReferral.introducible(f, sameParent, d));
        Firm other = Fixtures.firm(d, 3, 10);
        Fixtures.link(d.assemblers().get(1), other, 1, 1);
        assertSame(d.assemblers().get(1), ClientReferral.introducible(f, other, d));
    }
}
