package machikoba.model.policy;

import ec.util.MersenneTwisterFast;
import machikoba.model.District;
import machikoba.model.Fixtures;
import machikoba.model.network.NetworkEvent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A key person's brokered projects succeed the better it knows the firms [CT-2003: Hitachi's coordinator]. */
class KeyPersonTest {

    @Test
    void knowingTheFirmsBetterMakesMoreJointProducts() {
        int weak = jointProducts("0.05"), strong = jointProducts("0.9");
        assertTrue(strong > weak + 10, "60 projects: familiarity 0.9 per visit " + strong + " vs 0.05 per visit " + weak);
    }

    @Test
    void visitsMakeItKnowFirmsAndItCostsItsPost() {
        District d = Fixtures.district(300, 1, "policy.keyPerson.visitsPerYear", "40", "policy.keyPerson.startYear", "1985",
                "policy.keyPerson.familiarityGain", "0.5", "policy.keyPerson.projectsPerYear", "0");
        KeyPerson k = new KeyPerson(d.scenario().policy().keyPerson(), new MersenneTwisterFast(3));
        PublicCost cost = new PublicCost();
        int networks = d.networks().size();
        k.year(d, cost);
        assertEquals(networks + 1, d.networks().size(), "its platform is founded");
        assertTrue(d.networks().get(networks).members().size() > 20, "and lists the firms it visited");
        double best = 0;
        for (var f : d.firms()) best = Math.max(best, k.familiarityWith(f));
        assertTrue(best >= 0.5, "a firm visited knows it at least by one visit's gain: " + best);
        assertEquals(d.scenario().policy().keyPerson().costPerYear(), cost.total(), 1e-9);
    }

    private static int jointProducts(String gain) {
        District d = Fixtures.district(300, 1, "policy.keyPerson.visitsPerYear", "150", "policy.keyPerson.startYear", "1985",
                "policy.keyPerson.familiarityGain", gain, "policy.keyPerson.projectsPerYear", "60");
        new KeyPerson(d.scenario().policy().keyPerson(), new MersenneTwisterFast(3)).year(d, new PublicCost());
        int n = 0;
        for (NetworkEvent e : d.networkEventsThisMonth()) if (e.kind() == NetworkEvent.Kind.JOINT_PRODUCT) n++;
        return n;
    }
}
