package machikoba.gui;

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
 * months, and the share of firms with a parent (70%+) or 50%+ dependent [IA-1999].
 * A chart of network activity joins them once the model has networks and the observer counts them.
 */
final class LiveCharts implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final String[] CAUSES = {"insolvency", "no_successor", "lost_parent", "other"};

    private final TimeSeriesChartGenerator firmsChart = chart("Firms alive", "firms");
    private final TimeSeriesChartGenerator exitsChart = chart("Exits by cause, last 12 months", "exits");
    private final TimeSeriesChartGenerator dependenceChart = chart("Dependence on one buyer", "% of firms with sales");
    private final XYSeries firms = new XYSeries("firms alive", false);
    private final XYSeries[] exits = new XYSeries[CAUSES.length];
    private final XYSeries parent = new XYSeries("parent takes 70%+", false);
    private final XYSeries over50 = new XYSeries("top buyer 50%+", false);
    private final List<JFrame> frames = new ArrayList<>();
    private Observer observer;

    LiveCharts() {
        firmsChart.addSeries(firms, null);
        for (int i = 0; i < CAUSES.length; i++) {
            exits[i] = new XYSeries(CAUSES[i].replace('_', ' '), false);
            exitsChart.addSeries(exits[i], null);
        }
        dependenceChart.addSeries(parent, null);
        dependenceChart.addSeries(over50, null);
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
        for (TimeSeriesChartGenerator g : List.of(firmsChart, exitsChart, dependenceChart)) {
            JFrame f = g.createFrame();
            // to the right of the pyramid, below the Console, so neither hides the other
            f.setSize(400, 260);
            f.setLocation((int) PyramidLayout.WIDTH + 10, 300 + 265 * i++);
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
    }

    @Override
    public void step(SimState state) {
        List<double[]> rows = observer.rows();
        if (rows.isEmpty()) return;
        double[] row = rows.get(rows.size() - 1);
        double t = row[Observer.column("year")] + (row[Observer.column("month")] - 1) / 12.0;
        firms.add(t, row[Observer.column("firms")], false);
        for (int i = 0; i < CAUSES.length; i++) {
            int col = Observer.column("exits_" + CAUSES[i]);
            double sum = 0;
            for (int k = Math.max(0, rows.size() - 12); k < rows.size(); k++) sum += rows.get(k)[col];
            exits[i].add(t, sum, false);
        }
        parent.add(t, 100 * row[Observer.column("parent_share")], false);
        over50.add(t, 100 * row[Observer.column("share_50")], false);
        long steps = state.schedule.getSteps();
        firmsChart.updateChartLater(steps);
        exitsChart.updateChartLater(steps);
        dependenceChart.updateChartLater(steps);
    }

    void quit() {
        for (JFrame f : frames) f.dispose();
        frames.clear();
        firmsChart.quit();
        exitsChart.quit();
        dependenceChart.quit();
    }
}
