package machikoba.model.policy;

import machikoba.model.District;
import machikoba.model.Draw;
import machikoba.model.Firm;
import machikoba.model.life.Entry;
import ec.util.MersenneTwisterFast;
import machikoba.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Start-up loan guarantees, November 1998: "only for founders who already had part of the
 * funds" [IA-1999]. Each month in force, would-be founders the banks had turned away come
 * forward; each brings a share of the start-up cost (drawn evenly from 0 to 1: an assumption);
 * those who bring at least the required share are guaranteed and enter as any founder does
 * ({@link Entry#found}). The state pays a guaranteed start-up's debt, up to the guaranteed part,
 * if it fails within the guarantee's years. Founders without funds gain nothing: the lever the
 * studies describe, not a subsidy of entry as such.
 */
final class StartupGuarantees {
    static final String LEVER = "startupGuarantees";
    private final Scenario.StartupGuarantees spec;
    private final MersenneTwisterFast random;
    /** A guaranteed start-up: the month it entered and the part of its debt the state stands behind. */
    private record Guarantee(Firm firm, int since, double amount) { }
    private final List<Guarantee> guaranteed = new ArrayList<>();

    StartupGuarantees(Scenario.StartupGuarantees spec, MersenneTwisterFast random) {
        this.spec = spec;
        this.random = random;
    }

    /** Would-be founders come forward; those with enough of their own are guaranteed and enter. Returns how many entered. */
    int month(District d, PublicCost cost) {
        settle(d, cost);
        if (spec.heldBack() <= 0 || !Policy.inForce(d.year(), spec.startYear(), spec.endYear())) return 0;
        int comers = Draw.count(random, spec.heldBack() * d.firmCount() / 12.0);
        int entered = 0;
        for (int i = 0; i < comers; i++) {
            if (random.nextDouble() < spec.ownShare()) continue; // not enough of their own: the bank still says no
            Firm f = Entry.found(d);
            guaranteed.add(new Guarantee(f, d.step(), f.books().debt() * (1 - spec.ownShare())));
            entered++;
        }
        return entered;
    }

    /** Guaranteed start-ups that failed this month, within the guarantee's years: the state pays. */
    private void settle(District d, PublicCost cost) {
        guaranteed.removeIf(g -> {
            boolean expired = d.step() - g.since() > 12 * spec.guaranteeYears();
            if (!g.firm().alive() && !expired) cost.spend(LEVER, Math.min(g.amount(), Math.max(0, g.firm().books().debt())));
            return !g.firm().alive() || expired;
        });
    }
}
