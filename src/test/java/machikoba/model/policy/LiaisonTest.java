package machikoba.model.policy;

import ec.util.MersenneTwisterFast;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * University liaison reaches either competent firms (above a technology quantile: what the
 * studies found) or town factories (what they recommend) [CT-2003]; a project's research is
 * taken up in proportion to the firm's technology, and may give it a product.
 */
class LiaisonTest {

    @Test
    void competentLiaisonReachesOnlyFirmsAboveTheTechnologyQuantile() {
        District d = Fixtures.district(400, 1, "policy.liaison.projectsPerYear", "10", "policy.liaison.techQuantile", "0.8");
        List<Firm> alive = Policy.alive(d);
        double[] tech = alive.stream().mapToDouble(Firm::techLevel).toArray();
        double cut = new Percentile().evaluate(tech, 80);
        List<Firm> reached = new Liaison(d.scenario().policy().liaison(), new MersenneTwisterFast(1)).reached(alive, tech);
        assertFalse(reached.isEmpty());
        assertTrue(reached.size() <= alive.size() / 4, "about a fifth: " + reached.size() + " of " + alive.size());
        for (Firm f : reached) assertTrue(f.techLevel() >= cut);
    }

    @Test
    void townLiaisonReachesSmallFirmsOfTheLowerTiers() {
        District d = Fixtures.district(400, 1, "policy.liaison.projectsPerYear", "10", "policy.liaison.target", "town");
        List<Firm> alive = Policy.alive(d);
        double[] tech = alive.stream().mapToDouble(Firm::techLevel).toArray();
        List<Firm> reached = new Liaison(d.scenario().policy().liaison(), new MersenneTwisterFast(1)).reached(alive, tech);
        assertFalse(reached.isEmpty());
        for (Firm f : reached) assertTrue(f.tier() >= 3 && f.employees() <= 29, f + " is not a town factory");
    }

    @Test
    void projectsGiveProductsAndCostWhatTheyBring() {
        District d = Fixtures.district(400, 1, "policy.liaison.projectsPerYear", "50", "policy.liaison.startYear", "1985",
                "policy.liaison.research", "1000");
        int before = products(d);
        PublicCost cost = new PublicCost();
        new Liaison(d.scenario().policy().liaison(), new MersenneTwisterFast(1)).year(d, cost);
        assertTrue(products(d) - before >= 40, "ample research nearly always gives a product: " + (products(d) - before) + " of 50");
        assertEquals(50 * d.scenario().policy().liaison().costPerProject(), cost.total(), 1e-9);
    }

    private static int products(District d) {
        int n = 0;
        for (Firm f : d.firms()) n += f.products();
        return n;
    }
}
