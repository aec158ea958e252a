package machikoba.experiment;

import machikoba.observe.Metric;
import machikoba.observe.YearlyChange;

import java.util.List;

/**
 * The numbers that sum up one run for runs.csv and for sensitivity analysis: the last
 * month's state, totals of the flows over the run, and census-style yearly rates of change
 * over the first twelve years (1985-1997 for Ota, the window [U-2009] quotes).
 */
public final class RunMetrics {
    /** Metrics read in the last month (stocks and shares). */
    static final Metric[] FINAL = {Metric.FIRMS, Metric.EMPLOYEES, Metric.VALUE_ADDED, Metric.PRICE_INDEX,
        Metric.MEAN_TOP_SHARE, Metric.PARENT_SHARE, Metric.SHARE_50, Metric.RECEIVABLE_DAYS, Metric.CASH_STRESS_SHARE};
    /** Metrics summed over the whole run (monthly flows). */
    static final Metric[] TOTAL = {Metric.ENTRIES, Metric.EXITS, Metric.EXITS_INSOLVENCY, Metric.EXITS_NO_SUCCESSOR,
        Metric.EXITS_LOST_PARENT, Metric.EXITS_OTHER};
    /** Metrics whose yearly rate of change is reported. */
    static final Metric[] CHANGE = {Metric.FIRMS, Metric.EMPLOYEES, Metric.VALUE_ADDED};

    public static final String[] NAMES = names();

    private RunMetrics() { }

    private static String[] names() {
        String[] n = new String[FINAL.length + TOTAL.length + CHANGE.length];
        int i = 0;
        for (Metric m : FINAL) n[i++] = m.column();
        for (Metric m : TOTAL) n[i++] = m.column();
        for (Metric m : CHANGE) n[i++] = m.column() + "_yearly_change";
        return n;
    }

    public static int index(String name) {
        for (int i = 0; i < NAMES.length; i++) if (NAMES[i].equals(name)) return i;
        return -1;
    }

    /** The values of {@link #of} as one JSON object by name, on one line; a value that is not finite is null. */
    public static String json(List<double[]> rows) {
        com.fasterxml.jackson.databind.node.ObjectNode o = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        double[] v = of(rows);
        for (int i = 0; i < NAMES.length; i++) {
            if (Double.isFinite(v[i])) o.put(NAMES[i], v[i]); else o.putNull(NAMES[i]);
        }
        return o.toString();
    }

    /** Values in the order of {@link #NAMES}; rows are the observer's monthly rows of one run. */
    public static double[] of(List<double[]> rows) {
        double[] out = new double[NAMES.length];
        double[] last = rows.get(rows.size() - 1);
        int y0 = (int) Metric.YEAR.of(rows.get(0)), y1 = (int) Metric.YEAR.of(last);
        int i = 0;
        for (Metric m : FINAL) out[i++] = m.of(last);
        for (Metric m : TOTAL) out[i++] = YearlyChange.yearSum(rows, m, y0, y1);
        int to = Math.min(y1, y0 + 12);
        for (Metric m : CHANGE) out[i++] = YearlyChange.of(rows, m, y0, to);
        return out;
    }
}
