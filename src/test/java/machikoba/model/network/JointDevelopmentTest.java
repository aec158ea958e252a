package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Joint products come more often with diverse skills, trust and engagement; a single-trade team makes none. */
class JointDevelopmentTest {
    @Test
    void chanceRisesWithDiversityTrustAndEngagement() {
        double c = JointDevelopment.chance(2, 0.5, 0.5, 0.6);
        assertTrue(JointDevelopment.chance(2, 1.0, 0.5, 0.6) > c);
        assertTrue(JointDevelopment.chance(2, 0.5, 0.9, 0.6) > c);
        assertTrue(JointDevelopment.chance(2, 0.5, 0.5, 0.9) > c);
        assertEquals(0, JointDevelopment.chance(2, 0, 1, 1), 0, "intra-industry teams did not help [IA-2001]");
    }

    @Test
    void aSuccessfulProjectGivesEveryTeamMemberTheProduct() {
        District d = Fixtures.district(50, 1, "networkBehaviour.activities.jointRdRate", "1",
                "networkBehaviour.activities.jointRdProductivity", "100");
        HorizontalNetwork n = NetworkFixtures.group(d, "firm", "likeMinded");
        Firm a = d.newFirm(3, 0), b = d.newFirm(3, 1);
        for (Firm x : new Firm[] {a, b}) {
            x.setEmployees(10);
            x.setTechLevel(1);
            x.describe(1, 0, 0, false); // unit cost 1; the rest as a new firm has them
            x.equipForStaff();
        }
        NetworkFixtures.activePair(n, a, b, 1.0, 1.0, d);
        JointDevelopment.year(n, d);
        assertTrue(a.products() >= 1 && b.products() >= 1);
        assertTrue(d.networkEventsThisMonth().stream().anyMatch(e -> e.kind() == NetworkEvent.Kind.JOINT_PRODUCT));
    }
}
