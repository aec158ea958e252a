package machikoba.model.policy;

import ec.util.MersenneTwisterFast;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.network.Brokerage;
import machikoba.model.network.HorizontalNetwork;
import machikoba.model.network.NetworkFixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A salesperson's visit tells a firm part of what it did not know and enrols it in the newest programme [CT-2003]. */
class SalespersonsTest {

    @Test
    void visitsRaiseKnowledgeEnrolInTheProgrammeAndCost() {
        District d = Fixtures.district(300, 1, "policy.salespersons.visitsPerYear", "100",
                "policy.salespersons.startYear", "1985", "policy.salespersons.knowledgeGain", "0.5",
                "policy.salespersons.joinChance", "1");
        HorizontalNetwork programme = NetworkFixtures.group(d, "government", "location");
        assertEquals(programme, Brokerage.newestProgramme(d), "a network a government founded is the programme");
        int membersBefore = programme.members().size();
        double before = totalKnowledge(d);
        PublicCost cost = new PublicCost();
        new Salespersons(d.scenario().policy().salespersons(), new MersenneTwisterFast(7)).year(d, cost);
        double after = totalKnowledge(d);
        assertTrue(after > before + 10, "100 visits at gain 0.5 tell firms a lot: " + before + " -> " + after);
        assertTrue(programme.members().size() > membersBefore, "visited firms are enrolled in the programme");
        assertEquals(100 * d.scenario().policy().salespersons().costPerVisit(), cost.total(), 1e-9);
    }

    @Test
    void outsideItsYearsNobodyIsVisited() {
        District d = Fixtures.district(300, 1, "policy.salespersons.visitsPerYear", "100");
        double before = totalKnowledge(d);
        PublicCost cost = new PublicCost();
        new Salespersons(d.scenario().policy().salespersons(), new MersenneTwisterFast(7)).year(d, cost);
        assertEquals(before, totalKnowledge(d), "the programme starts in 2002 [CT-2003]; this is 1985");
        assertEquals(0, cost.total());
    }

    @Test
    void aVisitTellsTheShareOfWhatTheFirmDidNotKnow() {
        District d = Fixtures.district(50, 1);
        Firm f = d.tier(3).get(0);
        Brokerage.brief(f, 0.5);
        assertEquals(0.5, f.networkingOrNone().knowledge(), 1e-12);
        Brokerage.brief(f, 0.5);
        assertEquals(0.75, f.networkingOrNone().knowledge(), 1e-12);
    }

    static double totalKnowledge(District d) {
        double k = 0;
        for (Firm f : d.firms()) k += f.networkingOrNone().knowledge();
        return k;
    }
}
