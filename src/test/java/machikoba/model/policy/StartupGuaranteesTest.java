package machikoba.model.policy;

import ec.util.MersenneTwisterFast;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.life.ExitCause;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Start-up guarantees: only founders with part of the funds enter; a guaranteed start-up that fails costs the state [IA-1999]. */
class StartupGuaranteesTest {
    private static District district(String ownShare) {
        return Fixtures.district(300, 1, "policy.startupGuarantees.startYear", "1985", "policy.startupGuarantees.heldBack", "0.2",
                "policy.startupGuarantees.ownShare", ownShare);
    }

    @Test
    void foundersWithEnoughOfTheirOwnEnterAndTheOthersDoNot() {
        District d = district("0.3");
        StartupGuarantees g = new StartupGuarantees(d.scenario().policy().startupGuarantees(), new MersenneTwisterFast(1));
        int before = d.firmCount(), entered = 0;
        for (int m = 0; m < 12; m++) entered += g.month(d, new PublicCost());
        assertTrue(entered > 0, "guaranteed founders entered");
        assertEquals(before + entered, d.firmCount());
        // would-be founders come at 0.2 a year per firm: about 60 in a year, of whom about 70% bring 30% or more
        assertTrue(entered > 25 && entered < 65, "entered " + entered);

        District none = district("1.0");
        StartupGuarantees nobody = new StartupGuarantees(none.scenario().policy().startupGuarantees(), new MersenneTwisterFast(1));
        int n = 0;
        for (int m = 0; m < 12; m++) n += nobody.month(none, new PublicCost());
        assertEquals(0, n, "nobody brings all of it: the guarantee opens no door");
    }

    @Test
    void aGuaranteedStartupThatFailsCostsTheGuaranteedPartOfItsDebt() {
        District d = district("0.3");
        StartupGuarantees g = new StartupGuarantees(d.scenario().policy().startupGuarantees(), new MersenneTwisterFast(1));
        PublicCost cost = new PublicCost();
        while (g.month(d, cost) == 0) { }
        Firm started = d.entriesThisMonth().get(d.entriesThisMonth().size() - 1);
        double debt = started.books().debt();
        d.exit(started, ExitCause.INSOLVENCY);
        g.month(d, cost);
        assertEquals(debt * 0.7, cost.of(StartupGuarantees.LEVER), 1e-9 * debt);
    }
}
