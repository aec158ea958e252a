package machikoba.model;

import machikoba.model.engine.RosterIndex;
import machikoba.model.engine.SupplierIndex;
import machikoba.model.life.Closure;
import machikoba.model.life.ExitCause;
import machikoba.model.life.Innovation;
import machikoba.model.life.Staffing;
import machikoba.model.life.Succession;
import machikoba.model.network.InformationExchange;
import machikoba.model.supply.CustomerSearch;
import machikoba.model.supply.Offshoring;
import machikoba.model.supply.SupplierSelection;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * December: assemblers move production abroad and review their suppliers; then every firm
 * ages its owner, weighs its losses, hires or fires and does R&D; the year's closures take
 * effect; and then every firm, in random order (they compete for the same buyers), looks for
 * customers.
 */
final class YearEnd {
    private YearEnd() { }

    static void run(District d) {
        int year = d.year();
        double before = d.scenario().macroFor(year).offshoring();
        double after = year < d.scenario().period().end() ? d.scenario().macroFor(year + 1).offshoring() : before;
        SupplierIndex register = SupplierIndex.read(d);
        RosterIndex[] rosters = RosterIndex.readAll(d);
        for (int j = 0; j < d.assemblers().size(); j++) {
            Assembler a = d.assemblers().get(j);
            Offshoring.relocate(a, d, before, after, register, rosters[j]);
            SupplierSelection.review(a, d, register, rosters[j]);
        }
        List<Firm> firms = d.firms();
        int n = firms.size();
        // Each firm's own decisions read and change only the firm and its own links, so they
        // run on the district's threads. Each firm draws from a stream of its own for the year,
        // seeded in the firms' order from the district's generator: its draws do not depend on
        // which firm went first, nor on the number of threads.
        SplittableRandom root = new SplittableRandom(d.random.nextLong());
        long[] seeds = new long[n];
        for (int i = 0; i < n; i++) seeds[i] = root.nextLong();
        byte[] leaving = new byte[n]; // 0: stays, else the exit cause's ordinal + 1
        d.pass().forEach(n, i -> {
            Firm f = firms.get(i);
            if (!f.alive()) return;
            ExitCause c = decide(f, d, new SplittableRandom(seeds[i]));
            if (c != null) leaving[i] = (byte) (c.ordinal() + 1);
        });
        // a closure touches other firms (links die, a child loses its parent): one by one, in order
        ExitCause[] causes = ExitCause.values();
        for (int i = 0; i < n; i++) if (leaving[i] != 0) d.exit(firms.get(i), causes[leaving[i] - 1]);
        // the chance that a survivor's sales effort finds a buyer, after the closures (an orphan
        // searches harder), and whether it has partners to ask: again on the threads (a dead
        // firm's chance is NaN). Nothing in the searches below changes either.
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

    /** One firm's own year: owner, losses, staff, knowledge and R&D; returns the exit it leads to, or null. */
    static ExitCause decide(Firm f, District d, RandomGenerator r) {
        ExitCause c = Succession.year(f, d, r);
        if (c == null) c = Closure.year(f, d);
        if (c != null) return c;
        Staffing.year(f, d);
        InformationExchange.forget(f, d.scenario().networkBehaviour().activities().knowledgeDecay());
        Innovation.year(f, d, r);
        return null;
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
