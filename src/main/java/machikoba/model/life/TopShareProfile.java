package machikoba.model.life;

import machikoba.model.Draw;
import ec.util.MersenneTwisterFast;
import machikoba.scenario.Scenario;

import java.util.List;

/**
 * The start-year shares of firms' top customers. The scenario's bins describe the whole
 * district ("a majority are exclusive subcontractors" in Ota [IA-2001]). Firms with an
 * independence stance already keep their top customer under their cap [IA-1999], so they take
 * the low end of the bins; the other firms are drawn from what the stance firms leave, so that
 * all firms together match the bins.
 */
final class TopShareProfile {
    /** Points at which the stance firms' cap is integrated over. */
    private static final int CAP_POINTS = 200;

    private final List<Scenario.ShareBin> bins;
    private final double[] free;

    TopShareProfile(List<Scenario.ShareBin> bins, Scenario.Independence stance) {
        this.bins = bins;
        int n = bins.size();
        double[] taken = new double[n];
        for (int k = 0; k < CAP_POINTS; k++) {
            double cap = stance.maxTopShareLow() + (k + 0.5) / CAP_POINTS * (stance.maxTopShareHigh() - stance.maxTopShareLow());
            double[] m = below(cap);
            double total = 0;
            for (double x : m) total += x;
            if (total > 0) for (int b = 0; b < n; b++) taken[b] += m[b] / total / CAP_POINTS;
        }
        double[] w = new double[n];
        double sum = 0;
        for (int b = 0; b < n; b++) sum += w[b] = Math.max(0, bins.get(b).share() - stance.share() * taken[b]);
        // the stance firms need more of the low bins than there are: the rest take the high bins as given
        if (sum <= 0) for (int b = 0; b < n; b++) w[b] = bins.get(b).share();
        this.free = Draw.cumulative(w);
    }

    /** Each bin's weight below the cap (a bin the cap cuts counts in proportion). */
    private double[] below(double cap) {
        double[] m = new double[bins.size()];
        for (int b = 0; b < m.length; b++) {
            Scenario.ShareBin x = bins.get(b);
            m[b] = x.share() * Math.max(0, Math.min(1, (cap - x.from()) / (x.to() - x.from())));
        }
        return m;
    }

    /** A firm's initial top-customer share; {@code cap} below 1 for a firm with a stance. */
    double draw(MersenneTwisterFast r, double cap) {
        if (cap >= 1) {
            Scenario.ShareBin b = bins.get(Draw.weighted(r, free));
            return Math.max(0.02, b.from() + r.nextDouble() * (b.to() - b.from()));
        }
        double[] m = below(cap);
        double[] cum = Draw.cumulative(m);
        if (cum[cum.length - 1] <= 0) return Math.max(0.02, cap);
        Scenario.ShareBin b = bins.get(Draw.weighted(r, cum));
        return Math.max(0.02, b.from() + r.nextDouble() * (Math.min(b.to(), cap) - b.from()));
    }
}
