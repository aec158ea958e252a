package machikoba.model.policy;

import ec.util.MersenneTwisterFast;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.Fixtures;
import machikoba.model.life.ExitCause;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * October 1998: backed loans; what banks steer into old loans brings no cash; a borrower that
 * fails within the guarantee costs the state its guaranteed sum [IA-1999].
 */
class BackedLoansTest {

    @Test
    void theSteeredShareRepaysOldDebtAndOnlyTheRestIsCashInHand() {
        double[] half = lent("0.5"), all = lent("1.0");
        assertTrue(half[0] > 0, "half the loan is new cash: " + half[0]);
        assertEquals(0, all[0], 1e-6, "all of it steered to old loans: no new cash");
        assertEquals(0, all[1], 1e-6, "and no new debt either: an old loan became a backed one");
        assertEquals(half[0], half[1], 1e-6, "new cash comes with as much new debt");
    }

    @Test
    void aBorrowerThatFailsCostsTheGuaranteedSum() {
        District d = Fixtures.district(200, 1, "policy.backedLoans.year", "1985", "policy.backedLoans.month", "1",
                "policy.backedLoans.takeUp", "1");
        BackedLoans loans = new BackedLoans(d.scenario().policy().backedLoans(), new MersenneTwisterFast(1));
        PublicCost cost = new PublicCost();
        loans.month(d, cost);
        assertTrue(loans.borrowers() > 0);
        Firm failing = null;
        for (Firm f : d.firms()) if (f.books().debt() > 0) { failing = f; break; }
        double loan = d.scenario().policy().backedLoans().costMonths() * failing.monthlyCosts();
        d.exit(failing, ExitCause.INSOLVENCY);
        loans.month(d, cost);
        assertEquals(loan, cost.total(), 1e-9 * loan);
    }

    /** Cash and debt added over all firms when every firm with debt takes a loan with this steered share. */
    private static double[] lent(String steered) {
        District d = Fixtures.district(200, 1, "policy.backedLoans.year", "1985", "policy.backedLoans.month", "1",
                "policy.backedLoans.takeUp", "1", "policy.backedLoans.repayOldShare", steered);
        List<Firm> firms = new ArrayList<>(d.firms());
        double cash = 0, debt = 0;
        for (Firm f : firms) { cash -= f.books().cash(); debt -= f.books().debt(); }
        new BackedLoans(d.scenario().policy().backedLoans(), new MersenneTwisterFast(1)).month(d, new PublicCost());
        for (Firm f : firms) { cash += f.books().cash(); debt += f.books().debt(); }
        return new double[] {cash, debt};
    }
}
