package machikoba.model;

import java.util.List;

/**
 * Trust between members grows with reciprocated exchanges and decays without them [IA-2001].
 * Ties exist only for pairs that exchanged; a firm keeps at most {@code maxTies}, dropping the
 * weakest. With the neutral switch every tie has the same constant trust.
 */
public final class Trust {
    /** Trust of every tie when the mechanism is switched off. */
    public static final double NEUTRAL = 0.5;
    /** Below this a faded tie is forgotten. */
    static final double FORGOTTEN = 0.02;

    private Trust() { }

    public static double decayed(double trust, double yearlyDecay, int months) {
        return trust * Math.pow(1 - yearlyDecay, Math.max(0, months) / 12.0);
    }

    public static double afterExchange(double trust, double gain) {
        return trust + gain * (1 - trust);
    }

    public static double afterSnub(double trust, double loss) {
        return trust * (1 - loss);
    }

    static double of(Tie t, District d) {
        if (d.neutralNetworks) return NEUTRAL;
        return decayed(t.trust, d.scenario.networkBehaviour().trust().decay(), d.step() - t.lastStep);
    }

    static Tie between(Firm a, Firm b) {
        List<Tie> ties = a.ties;
        for (int i = 0, n = ties.size(); i < n; i++) {
            Tie t = ties.get(i);
            if (!t.dead && t.other(a) == b) return t;
        }
        return null;
    }

    /** The exchange was returned: the tie forms if new, and trust grows. */
    static Tie reciprocated(Firm a, Firm b, HorizontalNetwork n, District d) {
        Tie t = between(a, b);
        if (t == null) t = form(a, b, n, d);
        double now = decayed(t.trust, d.scenario.networkBehaviour().trust().decay(), d.step() - t.lastStep);
        t.trust = afterExchange(now, d.scenario.networkBehaviour().trust().gain());
        t.lastStep = d.step();
        return t;
    }

    /** The partner did not return it: trust falls. */
    static void snubbed(Tie t, District d) {
        if (t == null) return;
        double now = decayed(t.trust, d.scenario.networkBehaviour().trust().decay(), d.step() - t.lastStep);
        t.trust = afterSnub(now, d.scenario.networkBehaviour().trust().loss());
        t.lastStep = d.step();
    }

    private static Tie form(Firm a, Firm b, HorizontalNetwork n, District d) {
        int max = d.scenario.networkBehaviour().trust().maxTies();
        makeRoom(a, max, d);
        makeRoom(b, max, d);
        Tie t = new Tie(a, b, n, d.step());
        a.ties.add(t);
        b.ties.add(t);
        return t;
    }

    /** The firm's live ties: dead, faded and exited partners' ties are dropped here, lazily. */
    static List<Tie> live(Firm f, District d) {
        List<Tie> ties = f.ties;
        for (int i = ties.size() - 1; i >= 0; i--) {
            Tie t = ties.get(i);
            if (t.dead || !t.other(f).alive()
                    || (!d.neutralNetworks && of(t, d) < FORGOTTEN)) {
                kill(t);
            }
        }
        return ties;
    }

    private static void makeRoom(Firm f, int max, District d) {
        List<Tie> ties = live(f, d);
        if (ties.size() < max) return;
        Tie weakest = null;
        double low = Double.POSITIVE_INFINITY;
        for (Tie t : ties) {
            double v = decayed(t.trust, d.scenario.networkBehaviour().trust().decay(), d.step() - t.lastStep);
            if (v < low) { low = v; weakest = t; }
        }
        kill(weakest);
    }

    private static void kill(Tie t) {
        t.dead = true;
        t.a.ties.remove(t);
        t.b.ties.remove(t);
    }
}
