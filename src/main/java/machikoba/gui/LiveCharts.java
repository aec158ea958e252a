package machikoba.gui;

import machikoba.observe.Metric;
import machikoba.observe.Observer;
import org.jfree.data.xy.XYSeries;
import sim.engine.SimState;
import sim.engine.Steppable;

import javax.swing.JComponent;
import javax.swing.JPanel;
import java.awt.GridLayout;
import java.util.List;

/**
 * Time charts that grow as the model runs, side by side in one panel, fed each month from the
 * {@link Observer} rows (the display computes no statistics of its own): firms alive, exits by
 * cause over the last twelve months, the share of firms with a parent (70%+) or 50%+ dependent
 * [IA-1999], and network activity: labelled members, active members and firms active in several
 * networks [IA-2001].
 */
final class LiveCharts implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final Metric[] CAUSES = {Metric.EXITS_INSOLVENCY, Metric.EXITS_NO_SUCCESSOR, Metric.EXITS_LOST_PARENT, Metric.EXITS_OTHER};

    private final SmallChart firmsChart = new SmallChart("Firms alive", "firms");
    private final SmallChart exitsChart = new SmallChart("Exits by cause, last 12 months", "exits");
    private final SmallChart dependenceChart = new SmallChart("Dependence on one buyer", "% of firms with sales");
    private final SmallChart networkChart = new SmallChart("Network activity", "% of firms");
    private final XYSeries firms = firmsChart.series("firms alive", 0);
    private final XYSeries[] exits = new XYSeries[CAUSES.length];
    private final XYSeries parent = dependenceChart.series("parent takes 70%+", 0);
    private final XYSeries over50 = dependenceChart.series("top buyer 50%+", 0);
    private final XYSeries labelled = networkChart.series("labelled member of 1+", 0);
    private final XYSeries active = networkChart.series("active in 1+", 0);
    private final XYSeries multi = networkChart.series("active in 2+", 0);
    private final List<XYSeries> all;
    private Observer observer;

    LiveCharts() {
        for (int i = 0; i < CAUSES.length; i++) {
            exits[i] = exitsChart.series(CAUSES[i].column().substring("exits_".length()).replace('_', ' '), 0);
        }
        all = List.of(firms, exits[0], exits[1], exits[2], exits[3], parent, over50, labelled, active, multi);
    }

    /** The four charts in a row. */
    JComponent panel() {
        JPanel p = new JPanel(new GridLayout(1, 4, 4, 0));
        for (SmallChart c : List.of(firmsChart, exitsChart, dependenceChart, networkChart)) p.add(c.panel);
        return p;
    }

    /** Starts a new run: empty series, reading from this run's observer. */
    void restart(Observer o) {
        observer = o;
        SmallChart.onSwing(() -> all.forEach(XYSeries::clear));
    }

    @Override
    public void step(SimState state) {
        List<double[]> rows = observer.rows();
        if (rows.isEmpty()) return;
        double[] row = rows.get(rows.size() - 1);
        double t = Metric.YEAR.of(row) + (Metric.MONTH.of(row) - 1) / 12.0;
        double[] y = new double[all.size()];
        y[0] = Metric.FIRMS.of(row);
        for (int i = 0; i < CAUSES.length; i++) {
            for (int k = Math.max(0, rows.size() - 12); k < rows.size(); k++) y[1 + i] += CAUSES[i].of(rows.get(k));
        }
        y[5] = 100 * Metric.PARENT_SHARE.of(row);
        y[6] = 100 * Metric.SHARE_50.of(row);
        y[7] = 100 * Metric.NETWORK_MEMBER_SHARE.of(row);
        y[8] = 100 * Metric.NETWORK_ACTIVE_SHARE.of(row);
        y[9] = 100 * Metric.NETWORK_MULTI_SHARE.of(row);
        // one change event per line per month: the charts redraw once, on Swing's thread
        SmallChart.onSwing(() -> {
            for (int i = 0; i < y.length; i++) {
                all.get(i).add(t, y[i], false);
                all.get(i).fireSeriesChanged();
            }
        });
    }
}
