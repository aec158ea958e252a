package machikoba.model.policy;

import ec.util.MersenneTwisterFast;
import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.life.ExitCause;
import machikoba.scenario.Scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * October 1998: government-backed loans for SMEs, nominally for equipment and technology; the
 * banks urged firms to apply and to use the funds to pay back old loans [IA-1999]. In the
 * scheme's month a share of the firms with bank debt take a loan of some months of their costs;
 * the banks steer {@code repayOldShare} of it into repaying old debt (no new cash), the rest
 * is cash in hand. The state guarantees the loan: a borrower that fails within the guarantee
 * years costs the public the guaranteed sum.
 */
final class BackedLoans {
    static final String LEVER = "backedLoans";
    private final Scenario.BackedLoans spec;
    private final MersenneTwisterFast random;
    /** Borrowers and their guaranteed sums, in the order they borrowed. */
    private final Map<Firm, Double> guaranteed = new LinkedHashMap<>();

    BackedLoans(Scenario.BackedLoans spec, MersenneTwisterFast random) {
        this.spec = spec;
        this.random = random;
    }

    void month(District d, PublicCost cost) {
        if (spec.takeUp() <= 0) return;
        if (d.year() == spec.year() && d.month() == spec.month()) lend(d);
        if (guaranteed.isEmpty()) return;
        boolean within = d.year() * 12 + d.month() <= (spec.year() + spec.guaranteeYears()) * 12 + spec.month();
        for (Firm f : d.exitsThisMonth()) {
            Double sum = guaranteed.remove(f);
            // an owner who retires sells up and repays; the others failed or gave up
            if (sum != null && within && f.exitCause() != ExitCause.NO_SUCCESSOR) cost.spend(LEVER, sum);
        }
        if (!within) guaranteed.clear();
    }

    private void lend(District d) {
        for (Firm f : Policy.alive(d)) {
            if (f.books().debt() <= 0 || random.nextDouble() >= spec.takeUp()) continue;
            double loan = spec.costMonths() * f.monthlyCosts();
            if (loan <= 0) continue;
            f.books().borrow(loan);
            double steered = Math.min(f.books().debt() - loan, loan * spec.repayOldShare());
            if (steered > 0) f.books().repayCalled(steered);
            guaranteed.put(f, loan);
        }
    }

    int borrowers() { return guaranteed.size(); }
}
