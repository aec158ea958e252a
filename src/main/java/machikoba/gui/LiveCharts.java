package machikoba.gui;

import machikoba.observe.Metric;
import machikoba.observe.Observer;
import org.jfree.data.xy.XYSeries;
import sim.display.Controller;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.media.chart.TimeSeriesChartGenerator;

import javax.swing.JFrame;
import java.util.ArrayList;
import java.util.List;

/**
 * Time charts that grow as the model runs, fed each month from the {@link Observer} rows (the
 * display computes no statistics of its own): firms alive, exits by cause over the last twelve
 * months, the share of firms with a parent (70%+) or 50%+ dependent [IA-1999], and network
 * activity: labelled members, active members and firms active in several networks [IA-2001].
 */
final class LiveCharts implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final Metric[] CAUSES = {Metric.EXITS_INSOLVENCY, Metric.EXITS_NO_SUCCESSOR, Metric.EXITS_LOST_PARENT, Metric.EXITS_OTHER};

    private final TimeSeriesChartGenerator firmsChart = chart("Firms alive", "firms");
    private final TimeSeriesChartGenerator exitsChart = chart("Exits by cause, last 12 months", "exits");
    private final TimeSeriesChartGenerator dependenceChart = chart("Dependence on one buyer", "% of firms with sales");
    private final TimeSeriesChartGenerator networkChart = chart("Network activity", "% of firms");
    private final XYSeries labelled = new XYSeries("labelled member of 1+", false);
    private final XYSeries active = new XYSeries("active in 1+", false);
    private final XYSeries multi = new XYSeries("active in 2+", false);
    private final XYSeries firms = new XYSeries("firms alive", false);
    private final XYSeries[] exits = new XYSeries[CAUSES.length];
    private final XYSeries parent = new XYSeries("parent takes 70%+", false);
    private final XYSeries over50 = new XYSeries("top buyer 50%+", false);
    private final List<JFrame> frames = new ArrayList<>();
    private Observer observer;

    LiveCharts() {
        firmsChart.addSeries(firms, null);
        for (int i = 0; i < CAUSES.length; i++) {
            exits[i] = new XYSeries(CAUSES[i].column().substring("exits_".length()).replace('_', ' '), false);
            exitsChart.addSeries(exits[i], null);
        }
        dependenceChart.addSeries(parent, null);
        dependenceChart.addSeries(over50, null);
        networkChart.addSeries(labelled, null);
        networkChart.addSeries(active, null);
        networkChart.addSeries(multi, null);
    }

    private static TimeSeriesChartGenerator chart(String title, String yLabel) {
        TimeSeriesChartGenerator c = new TimeSeriesChartGenerator();
        c.setTitle(title);
        c.setXAxisLabel("year");
        c.setYAxisLabel(yLabel);
        return c;
    }

    /** Makes a window for each chart and lists it in the Console's Displays tab. */
    void showIn(Controller c) {
        int i = 0;
        for (TimeSeriesChartGenerator g : charts()) {
            JFrame f = g.createFrame();
            // to the right of the pyramid, below the Console, so neither hides the other
            f.setSize(400, 200);
            f.setLocation((int) PyramidLayout.WIDTH + 10, 300 + 205 * i++);
            c.registerFrame(f);
            f.setVisible(true);
            frames.add(f);
        }
    }

    /** Starts a new run: empty series, reading from this run's observer. */
    void restart(Observer o) {
        observer = o;
        firms.clear();
        for (XYSeries s : exits) s.clear();
        parent.clear();
        over50.clear();
        labelled.clear();
        active.clear();
        multi.clear();
    }

    private List<TimeSeriesChartGenerator> charts() {
        return List.of(firmsChart, exitsChart, dependenceChart, networkChart);
    }

    @Override
    public void step(SimState state) {
        List<double[]> rows = observer.rows();
        if (rows.isEmpty()) return;
        double[] row = rows.get(rows.size() - 1);
        double t = Metric.YEAR.of(row) + (Metric.MONTH.of(row) - 1) / 12.0;
        firms.add(t, Metric.FIRMS.of(row), false);
        for (int i = 0; i < CAUSES.length; i++) {
            double sum = 0;
            for (int k = Math.max(0, rows.size() - 12); k < rows.size(); k++) sum += CAUSES[i].of(rows.get(k));
            exits[i].add(t, sum, false);
        }
        parent.add(t, 100 * Metric.PARENT_SHARE.of(row), false);
        over50.add(t, 100 * Metric.SHARE_50.of(row), false);
        labelled.add(t, 100 * Metric.NETWORK_MEMBER_SHARE.of(row), false);
        active.add(t, 100 * Metric.NETWORK_ACTIVE_SHARE.of(row), false);
        multi.add(t, 100 * Metric.NETWORK_MULTI_SHARE.of(row), false);
        long steps = state.schedule.getSteps();
        for (TimeSeriesChartGenerator g : charts()) g.updateChartLater(steps);
    }

    void quit() {
        for (JFrame f : frames) f.dispose();
        frames.clear();
        for (TimeSeriesChartGenerator g : charts()) g.quit();
    }
}
