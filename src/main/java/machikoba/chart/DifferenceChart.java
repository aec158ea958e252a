package machikoba.chart;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Map;

/**
 * A policy comparison over time: for each variant, its mean difference from the baseline on the
 * same seeds, with the 95% band of that difference; a line at zero marks "no effect".
 */
public final class DifferenceChart {
    private static final Color[] COLOURS = {new Color(31, 90, 160), new Color(200, 60, 40), new Color(40, 140, 70),
            new Color(150, 80, 170), new Color(220, 140, 20), new Color(60, 60, 60), new Color(20, 160, 170)};

    private DifferenceChart() { }

    /** @param variants per variant {years, difference, low, high} */
    public static JFreeChart of(String title, String yLabel, Map<String, double[][]> variants) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Map.Entry<String, double[][]> e : variants.entrySet()) {
            YIntervalSeries s = new YIntervalSeries(e.getKey());
            double[][] v = e.getValue();
            for (int i = 0; i < v[0].length; i++) {
                double lo = Double.isNaN(v[2][i]) ? v[1][i] : v[2][i], hi = Double.isNaN(v[3][i]) ? v[1][i] : v[3][i];
                s.add(v[0][i], v[1][i], lo, hi);
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, "year", yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        DeviationRenderer r = new DeviationRenderer(true, false);
        for (int i = 0; i < variants.size(); i++) {
            Color c = COLOURS[i % COLOURS.length];
            r.setSeriesPaint(i, c);
            r.setSeriesFillPaint(i, c.brighter());
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        r.setAlpha(0.25f);
        plot.setRenderer(r);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1f)));
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        Charts.yearAxis(plot);
        return chart;
    }
}
