package machikoba.model;

import machikoba.model.life.Closure;
import machikoba.model.life.ExitCause;
import machikoba.model.life.Innovation;
import machikoba.model.life.Staffing;
import machikoba.model.life.Succession;
import machikoba.model.network.InformationExchange;
import machikoba.model.supply.Rationalisation;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A firm's own year, closed in its own month ({@link Firm#fiscalMonth}): the owner ages and may
 * retire, the owner weighs the year's losses, the firm hires or sheds, rationalises against the
 * year's cuts and invests, forgets some of what it knew and does R&D. Firms' years end through
 * the calendar, so retirements and closures happen in the month they occur, not all in December.
 */
final class FiscalYear {
    private FiscalYear() { }

    /** The firms whose year closes this month close it; the exits they lead to take effect in the firms' order. */
    static void close(District d) {
        List<Firm> firms = d.yearClosers();
        int m = firms.size();
        // Each firm's own decisions read and change only the firm and its own links, so they run on
        // the district's threads. Each firm draws from a stream of its own, seeded in the firms'
        // order from the district's generator: its draws do not depend on which firm went first,
        // nor on the number of threads.
        SplittableRandom root = new SplittableRandom(d.random.nextLong());
        long[] seeds = new long[m];
        for (int k = 0; k < m; k++) seeds[k] = root.nextLong();
        byte[] leaving = new byte[m]; // 0: stays, else the exit cause's ordinal + 1
        d.pass().forEach(m, k -> {
            ExitCause c = decide(firms.get(k), d, new SplittableRandom(seeds[k]));
            if (c != null) leaving[k] = (byte) (c.ordinal() + 1);
        });
        // a closure touches other firms (links die, a child loses its parent): one by one, in order
        ExitCause[] causes = ExitCause.values();
        for (int k = 0; k < m; k++) if (leaving[k] != 0) d.exit(firms.get(k), causes[leaving[k] - 1]);
    }

    /** One firm's own year: owner, losses, staff, rationalisation, knowledge and R&D; returns the exit it leads to, or null. */
    static ExitCause decide(Firm f, District d, RandomGenerator r) {
        ExitCause c = Succession.year(f, d, r);
        if (c == null) c = Closure.year(f, d);
        if (c != null) return c;
        Staffing.year(f, d);
        Rationalisation.year(f, d);
        InformationExchange.forget(f, d.scenario().networkBehaviour().activities().knowledgeDecay());
        Innovation.year(f, d, r);
        return null;
    }
}
