package machikoba.model.engine;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;

import java.util.List;

/**
 * A tier's month on the district's threads, the same to the bit as {@link District}'s one firm
 * after another. Firms that produce alone ({@link #producesAlone}) read only what higher
 * tiers and their own subcontractors left and write only themselves and their own links, so
 * they produce at the same time, holding the bank back; then, in the tier's order, each of them
 * sees the bank if it must, and the other firms produce as they would have.
 */
public final class ThreadedTier {
    /** What each firm of the tier left for the one-by-one pass: nothing, the bank, or its whole month. */
    private static final byte DONE = 0, SETTLE = 1, PRODUCE = 2;
    private final ParallelPass pass;
    private byte[] turn = new byte[0];

    public ThreadedTier(ParallelPass pass) {
        this.pass = pass;
    }

    public void produce(District d, List<Firm> firms) {
        int n = firms.size();
        if (turn.length < n) turn = new byte[Math.max(n, n + n / 4)];
        byte[] t = turn;
        double tightness = d.creditTightness();
        boolean tight = tightness >= District.TIGHT;
        pass.forEach(n, i -> {
            Firm f = firms.get(i);
            if (!f.alive()) { t[i] = DONE; return; }
            if (!producesAlone(f)) { t[i] = PRODUCE; return; }
            f.work(d);
            t[i] = needsSettling(f, tight, tightness, d) ? SETTLE : DONE;
        });
        for (int i = 0; i < n; i++) {
            if (t[i] == DONE) continue;
            Firm f = firms.get(i);
            if (t[i] == SETTLE) f.settle(d);
            else f.produce(d);
            if (tight && f.alive()) d.bank().review(f, d);
        }
    }

    /**
     * Whether the firm's month touches no other firm of its tier and nothing the district shares:
     * no network ties (shared orders, trust) and no sideways link (work passed within a tier).
     */
    static boolean producesAlone(Firm f) {
        if (!f.networkingOrNone().ties().isEmpty()) return false;
        List<SupplyLink> links = f.customers();
        for (int i = 0, n = links.size(); i < n; i++) if (links.get(i).sideways()) return false;
        links = f.subcontractors();
        for (int i = 0, n = links.size(); i < n; i++) if (links.get(i).sideways()) return false;
        return true;
    }

    /** Whether the bank has something to do: cash short, or in a tight year a weak firm's loans to call in. */
    static boolean needsSettling(Firm f, boolean tight, double tightness, District d) {
        return f.books().cash() < 0 || (tight && f.books().debt() > 0 && d.bank().weak(f, tightness));
    }
}
