package machikoba.observe;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.life.ExitCause;

import java.util.ArrayList;
import java.util.List;

/**
 * How cuts were absorbed, by band of dependence (the top customer's share of sales): each firm's
 * closed year gives the cuts it felt (as a share of sales) and the shares by which effort and the
 * year's machinery lowered its cost per unit; what rationalisation did not meet was borne by the
 * margin. Exits are counted per 100 firm-years in the band the firm was in at its last closed
 * year (or its band when it left, if it never closed one). Read from the firms' own record of
 * their last year ({@link Firm#lastYear}); the model keeps no statistics.
 */
public final class Absorption {
    /** Upper bounds of the bands of top share; the last band is 70%+ (a "parent" [IA-1999]). */
    static final double[] BANDS = {0.3, 0.5, 0.7, Double.POSITIVE_INFINITY};
    static final String[] BAND_NAMES = {"under 30%", "30-50%", "50-70%", "70%+"};

    public static final String[] COLUMNS = {"top_share_band", "firm_years", "cut", "by_effort", "by_machinery",
            "by_margin", "exits_per_100_firm_years", "insolvency", "no_successor", "lost_parent", "other"};

    private final long[] years = new long[BANDS.length];
    private final double[] cut = new double[BANDS.length], effort = new double[BANDS.length], machinery = new double[BANDS.length];
    private final long[][] exits = new long[BANDS.length][ExitCause.values().length];

    static int band(double topShare) {
        int b = 0;
        while (topShare >= BANDS[b]) b++;
        return b;
    }

    /** The month's closed years and exits. */
    public void month(District d) {
        int year = d.year();
        for (Firm f : d.yearClosers()) {
            Firm.Absorbed y = f.lastYear();
            if (y.year() != year) continue;
            int b = band(y.topShare());
            years[b]++;
            cut[b] += y.cut();
            effort[b] += y.byEffort();
            machinery[b] += y.byMachinery();
        }
        for (Firm f : d.exitsThisMonth()) {
            Firm.Absorbed y = f.lastYear();
            exits[band(y.year() > 0 ? y.topShare() : f.topShare())][f.exitCause().ordinal()]++;
        }
    }

    /** One row per band, in the order of {@link #COLUMNS}; shares are means over the band's firm-years. */
    public List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        for (int b = 0; b < BANDS.length; b++) {
            double n = Math.max(1, years[b]);
            long all = 0;
            for (long e : exits[b]) all += e;
            double c = cut[b] / n, e = effort[b] / n, m = machinery[b] / n;
            Object[] row = new Object[COLUMNS.length];
            row[0] = BAND_NAMES[b];
            row[1] = years[b];
            row[2] = c;
            row[3] = e;
            row[4] = m;
            row[5] = Math.max(0, c - e - m);
            row[6] = 100.0 * all / n;
            for (ExitCause x : ExitCause.values()) row[7 + x.ordinal()] = 100.0 * exits[b][x.ordinal()] / n;
            rows.add(row);
        }
        return rows;
    }
}
