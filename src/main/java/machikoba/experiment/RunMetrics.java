package machikoba.experiment;

import machikoba.observe.Observer;
import machikoba.observe.YearlyChange;

import java.util.List;

/**
 * The numbers that sum up one run for runs.csv and for sensitivity analysis: the last
 * month's state, totals of the flows over the run, and census-style yearly rates of change
 * over the first twelve years (1985-1997 for Ota, the window [U-2009] quotes).
 */
public final class RunMetrics {
    /** Observer columns read in the last month (stocks and shares). */
    static final String[] FINAL = {"firms", "employees", "value_added", "price_index", "mean_top_share",
        "parent_share", "share_50", "receivable_days", "cash_stress_share"};
    /** Observer columns summed over the whole run (monthly flows). */
    static final String[] TOTAL = {"entries", "exits", "exits_insolvency", "exits_no_successor",
        "exits_lost_parent", "exits_other"};
    /** Observer columns whose yearly rate of change is reported. */
    static final String[] CHANGE = {"firms", "employees", "value_added"};

    public static final String[] NAMES = names();

    private RunMetrics() { }

    private static String[] names() {
        String[] n = new String[FINAL.length + TOTAL.length + CHANGE.length];
        int i = 0;
        for (String c : FINAL) n[i++] = c;
        for (String c : TOTAL) n[i++] = c;
        for (String c : CHANGE) n[i++] = c + "_yearly_change";
        return n;
    }

    public static int index(String name) {
        for (int i = 0; i < NAMES.length; i++) if (NAMES[i].equals(name)) return i;
        return -1;
    }

    /** Values in the order of {@link #NAMES}; rows are the observer's monthly rows of one run. */
    public static double[] of(List<double[]> rows) {
        double[] out = new double[NAMES.length];
        double[] last = rows.get(rows.size() - 1);
        int year = Observer.column("year");
        int y0 = (int) rows.get(0)[year], y1 = (int) last[year];
        int i = 0;
        for (String c : FINAL) out[i++] = last[Observer.column(c)];
        for (String c : TOTAL) out[i++] = YearlyChange.yearSum(rows, c, y0, y1);
        int to = Math.min(y1, y0 + 12);
        for (String c : CHANGE) out[i++] = YearlyChange.of(rows, c, y0, to);
        return out;
    }
}
