package machikoba.model.network;

import machikoba.model.District;
import machikoba.model.Firm;

import java.util.List;

/**
 * Trust between members grows with reciprocated exchanges and decays without them; it grows
 * faster between firms alike in size, technology and generation — low power differentials
 * and a shared frame of reference [IA-2001].
 * Ties exist only for pairs that exchanged; a firm keeps at most {@code maxTies} in each network,
 * dropping the weakest. With the neutral switch every tie has the same constant trust.
 */
public final class Trust {
    /** Trust of every tie when the mechanism is switched off. */
    public static final double NEUTRAL = 0.5;
    /** Below this a faded tie is forgotten. */
    static final double FORGOTTEN = 0.02;
    /** A tie used within this many months is not yet looked at for fading. */
    static final int RECENT_MONTHS = 12;

    private Trust() { }

    public static double decayed(double trust, double yearlyDecay, int months) {
        return trust * Math.pow(1 - yearlyDecay, Math.max(0, months) / 12.0);
    }

    /** Trust after a returned exchange: alike firms (size, technology, generation) trust faster [IA-2001]. */
    public static double afterExchange(double trust, double gain, double similarity) {
        return trust + gain * similarity * (1 - trust);
    }

    public static double afterSnub(double trust, double loss) {
        return trust * (1 - loss);
    }

    static double of(Tie t, District d) {
        if (d.neutralNetworks()) return NEUTRAL;
        return decayed(t.trust(), d.scenario().networkBehaviour().trust().decay(), d.step() - t.lastStep());
    }

    static Tie between(Firm a, Firm b) {
        List<Tie> ties = a.networkingOrNone().ties();
        for (int i = 0, n = ties.size(); i < n; i++) {
            Tie t = ties.get(i);
            if (!t.isDead() && t.other(a) == b) return t;
        }
        return null;
    }

    /** The exchange was returned: the tie forms if new, and trust grows. */
    static Tie reciprocated(Firm a, Firm b, HorizontalNetwork n, District d) {
        Tie t = between(a, b);
        if (t == null) t = form(a, b, n, d);
        else if (t.network() != n) {
            // the relationship moves to the network where they now work together
            int max = d.scenario().networkBehaviour().trust().maxTies();
            makeRoom(a, n, max, d, t);
            makeRoom(b, n, max, d, t);
            t.moveTo(n);
        }
        double now = decayed(t.trust(), d.scenario().networkBehaviour().trust().decay(), d.step() - t.lastStep());
        t.trustIs(afterExchange(now, d.scenario().networkBehaviour().trust().gain(), Similarity.of(a, b)), d.step());
        return t;
    }

    /** The partner did not return it: trust falls. */
    static void snubbed(Tie t, District d) {
        if (t == null) return;
        double now = decayed(t.trust(), d.scenario().networkBehaviour().trust().decay(), d.step() - t.lastStep());
        t.trustIs(afterSnub(now, d.scenario().networkBehaviour().trust().loss()), d.step());
    }

    private static Tie form(Firm a, Firm b, HorizontalNetwork n, District d) {
        int max = d.scenario().networkBehaviour().trust().maxTies();
        makeRoom(a, n, max, d, null);
        makeRoom(b, n, max, d, null);
        Tie t = new Tie(a, b, n, d.step());
        a.networking().addTie(t);
        b.networking().addTie(t);
        return t;
    }

    /** The firm's live ties: dead, faded and exited partners' ties are dropped here, lazily. */
    public static List<Tie> live(Firm f, District d) {
        List<Tie> ties = f.networkingOrNone().ties();
        for (int i = ties.size() - 1; i >= 0; i--) {
            Tie t = ties.get(i);
            // a tie used within the year is not forgotten: spare the power function on the hot path
            if (t.isDead() || !t.other(f).alive()
                    || (!d.neutralNetworks() && d.step() - t.lastStep() >= RECENT_MONTHS && of(t, d) < FORGOTTEN)) {
                kill(t);
            }
        }
        return ties;
    }

    /**
     * A firm keeps up with at most {@code max} partners in each network: past that it lets the
     * weakest tie there go (the least recently used one, when trust is held neutral).
     */
    private static void makeRoom(Firm f, HorizontalNetwork n, int max, District d, Tie keep) {
        List<Tie> ties = live(f, d);
        int count = 0;
        Tie weakest = null;
        double low = Double.POSITIVE_INFINITY;
        for (Tie t : ties) {
            if (t.network() != n || t == keep) continue;
            count++;
            double v = d.neutralNetworks() ? t.lastStep()
                    : decayed(t.trust(), d.scenario().networkBehaviour().trust().decay(), d.step() - t.lastStep());
            if (v < low) { low = v; weakest = t; }
        }
        if (count >= max) kill(weakest);
    }

    private static void kill(Tie t) {
        t.die();
        t.first().networking().removeTie(t);
        t.second().networking().removeTie(t);
    }
}
