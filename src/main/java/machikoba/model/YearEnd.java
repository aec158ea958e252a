package machikoba.model;

import machikoba.model.engine.RosterIndex;
import machikoba.model.engine.SupplierIndex;
import machikoba.model.supply.CustomerSearch;
import machikoba.model.supply.Offshoring;
import machikoba.model.supply.SupplierSelection;

import java.util.List;

/**
 * December: assemblers move production abroad and review their suppliers; the firms whose year
 * closes in December close it ({@link FiscalYear}); and then every firm, in random order (they
 * compete for the same buyers), looks for customers.
 */
final class YearEnd {
    private YearEnd() { }

    /** Assemblers relocate and review their supplier bases, one after another. */
    static void assemblers(District d) {
        int year = d.year();
        double before = d.scenario().macroFor(year).offshoring();
        double after = year < d.scenario().period().end() ? d.scenario().macroFor(year + 1).offshoring() : before;
        SupplierIndex register = SupplierIndex.read(d);
        RosterIndex[] rosters = RosterIndex.readAll(d);
        for (int j = 0; j < d.assemblers().size(); j++) {
            Assembler a = d.assemblers().get(j);
            if (a.fate() == null) Offshoring.relocate(a, d, before, after, register, rosters[j]);
            else Offshoring.relocate(a, d, a.fate().offshoring(year),
                    a.fate().offshoring(year < d.scenario().period().end() ? year + 1 : year), register, rosters[j]);
            SupplierSelection.review(a, d, register, rosters[j]);
        }
    }

    /** Every surviving firm's sales effort, after the year's closures (an orphan searches harder). */
    static void searches(District d) {
        List<Firm> firms = d.firms();
        int n = firms.size();
        // the chance that a survivor's sales effort finds a buyer, and whether it has partners to
        // ask: on the threads (a dead firm's chance is NaN). Nothing in the searches changes either.
        double[] chance = new double[n];
        boolean[] tied = new boolean[n];
        d.pass().forEach(n, i -> {
            Firm f = firms.get(i);
            chance[i] = f.alive() ? CustomerSearch.chance(f, d) : Double.NaN;
            tied[i] = !f.networkingOrNone().ties().isEmpty();
        });
        // buyers are won one after another, in random order, from the district's generator; a
        // firm whose effort found nobody and that has no partners to ask is not looked into
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        shuffle(order, d);
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (Double.isNaN(chance[i])) continue;
            boolean found = d.random.nextDouble() < chance[i];
            if (found || tied[i]) CustomerSearch.search(firms.get(i), found, d);
        }
    }

    static void shuffle(int[] a, District d) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = d.random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
