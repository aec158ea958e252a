package machikoba.model.engine;

import machikoba.model.District;
import machikoba.model.Firm;

import java.util.List;

/**
 * A tier's month on the district's threads, the same to the bit as {@link District}'s one firm
 * after another. Firms that produce alone ({@link Firm#producesAlone}) read only what higher
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
            if (!f.producesAlone()) { t[i] = PRODUCE; return; }
            f.work(d);
            t[i] = f.needsSettling(tight, tightness, d) ? SETTLE : DONE;
        });
        for (int i = 0; i < n; i++) {
            if (t[i] == DONE) continue;
            Firm f = firms.get(i);
            if (t[i] == SETTLE) f.settle(d);
            else f.produce(d);
            if (tight && f.alive()) d.bank().review(f, d);
        }
    }
}
